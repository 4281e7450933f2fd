package uk.org.casereview.api.admin;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.org.casereview.api.settings.CaseReviewProperties;
import uk.org.casereview.domain.calendar.StatutoryClock;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

/**
 * What the stored read models were built with: the version of the derivation and the configuration that every
 * derived date and state depends on (timescales, bank holidays added or cancelled, the milestones of each kind of
 * review). Configuration is not a fact: when the basis at start-up differs from the stored one, the read models are
 * rebuilt, so that views, lists, reports and metrics all answer with the configuration in force.
 */
@Component
public class ReadModelBasis {

    /** Raise when the rows derived from the same events change (a new release of the derivation). */
    static final int DERIVATION = 5;

    /** The basis of a store made empty (migration V11): nothing was built on another basis. */
    static final String NEW_STORE = "new";

    private final JdbcTemplate jdbc;
    private final String fingerprint;

    public ReadModelBasis(JdbcTemplate jdbc, CaseReviewProperties properties, StatutoryClock clock) {
        this.jdbc = jdbc;
        this.fingerprint = sha256("derivation " + DERIVATION + "; timescales " + clock.timescales()
                + "; added " + properties.calendar().addedBankHolidays().stream().sorted().toList()
                + "; cancelled " + properties.calendar().cancelledBankHolidays().stream().sorted().toList()
                + "; milestones " + new TreeMap<>(clock.reviewMilestones()));
    }

    public String fingerprint() {
        return fingerprint;
    }

    /** The basis the stored read models were built with, or null before any was recorded. */
    public String stored() {
        List<String> rows = jdbc.queryForList("select fingerprint from read_model_basis where id = 1", String.class);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /**
     * Records the current basis; true when it differed from the stored one and this call changed it (with several
     * instances starting at once, only one of them gets true).
     */
    public boolean claimChange() {
        Timestamp now = Timestamp.from(Instant.now());
        if (jdbc.update("update read_model_basis set fingerprint = ?, recorded_at = ? where id = 1 and fingerprint = ?",
                fingerprint, now, NEW_STORE) == 1) {
            return false; // the store was empty when it was made: its read models are being built on this basis
        }
        if (jdbc.update("update read_model_basis set fingerprint = ?, recorded_at = ? where id = 1 and fingerprint <> ?",
                fingerprint, now, fingerprint) == 1) {
            return true;
        }
        if (stored() != null) {
            return false;
        }
        try {
            jdbc.update("insert into read_model_basis (id, fingerprint, recorded_at) values (1, ?, ?)", fingerprint, now);
            return true;
        } catch (org.springframework.dao.DuplicateKeyException e) {
            return false;
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
