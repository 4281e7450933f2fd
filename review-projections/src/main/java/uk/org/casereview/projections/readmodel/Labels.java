package uk.org.casereview.projections.readmodel;

import uk.org.casereview.domain.referencedata.ReferenceData;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Codes in the words people read, for timelines and reports. */
public final class Labels {

    private final ReferenceData referenceData;

    public Labels(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    public String agency(String code) {
        return referenceData.agencies().getOrDefault(code, code);
    }

    public String agencies(List<String> codes) {
        return codes.stream().map(this::agency).collect(Collectors.joining(", "));
    }

    public String theme(String code) {
        return referenceData.themes().getOrDefault(code, code);
    }

    /** NATIONAL_REVIEW_RECOMMENDED as "national review recommended". */
    public static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.UK).replace('_', ' ');
    }
}
