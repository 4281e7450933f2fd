package uk.org.casereview.api.actionplan;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.uuid.Generators;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.org.casereview.api.consistency.CommandConditionsInterceptor;
import uk.org.casereview.api.consistency.IdempotencyKeys;
import uk.org.casereview.api.problem.Causes;
import uk.org.casereview.api.web.Commands;
import uk.org.casereview.api.web.ReadYourWrites;
import uk.org.casereview.api.web.Today;
import uk.org.casereview.domain.practicereview.CommissionPracticeReview;
import uk.org.casereview.domain.recommendation.AssignAction;
import uk.org.casereview.domain.recommendation.CancelAction;
import uk.org.casereview.domain.recommendation.CloseRecommendation;
import uk.org.casereview.domain.recommendation.MakeRecommendation;
import uk.org.casereview.domain.recommendation.ReportActionProgress;
import uk.org.casereview.domain.recommendation.RespondToRecommendation;
import uk.org.casereview.domain.recommendation.ReviewActionEvidence;
import uk.org.casereview.domain.recommendation.ReviseActionDueDate;
import uk.org.casereview.domain.recommendation.SubmitActionEvidence;
import uk.org.casereview.domain.commandhandling.CommandRefusedException;
import uk.org.casereview.domain.commandhandling.InvalidCommandException;
import uk.org.casereview.domain.commandhandling.NotFoundException;
import uk.org.casereview.projections.recommendation.RecommendationQueries;
import uk.org.casereview.projections.recommendation.RecommendationView;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static uk.org.casereview.api.actionplan.ActionPlanColumns.*;

/**
 * Brings an existing action plan in, through the same commands as the API (so every rule of the domain applies).
 * <p>
 * Each row is recorded whole or not at all: its commands run in one unit of work and one transaction, committed only
 * when every one was accepted; a refused row is reported with its line and the domain's message, and the other rows are
 * recorded. Each command carries an idempotency key made of the file's SHA-256, the row's line and the command's place
 * in the row (and a creation's id is derived from that key, as for a request with an Idempotency-Key), so the same file
 * imported twice at once is recorded once. What is already recorded is not sent again either: a source found by its
 * reference, a recommendation by its source and number, an action by its description and agency, a response or closure
 * already recorded. A recommendation's closure is sent after every row, once all its actions are in.
 * <p>
 * A dry run sends the same commands in one unit of work that is rolled back: the answer is what the domain says of each
 * of them, and nothing is recorded.
 */
@Component
public class ActionPlanImport {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final CommandBus commandBus;
    private final TransactionManager transactions;
    private final Commands commands;
    private final IdempotencyKeys idempotencyKeys;
    private final ReadYourWrites readYourWrites;
    private final RecommendationQueries recommendations;
    private final PlanCells cells;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Today today;
    private final int maxRows;

    public ActionPlanImport(CommandBus commandBus, TransactionManager transactions, Commands commands, IdempotencyKeys idempotencyKeys,
                            ReadYourWrites readYourWrites, RecommendationQueries recommendations, PlanCells cells, JdbcTemplate jdbc,
                            ObjectMapper json, Today today, @Value("${casereview.imports.max-rows:20000}") int maxRows) {
        this.commandBus = commandBus;
        this.transactions = transactions;
        this.commands = commands;
        this.idempotencyKeys = idempotencyKeys;
        this.readYourWrites = readYourWrites;
        this.recommendations = recommendations;
        this.cells = cells;
        this.jdbc = jdbc;
        this.json = json;
        this.today = today;
        this.maxRows = maxRows;
    }

    /** The number of rows of the file, read as the import reads it: a file that cannot be read is refused here already. */
    public int rows(byte[] file, SpreadsheetFormat format) {
        return PlanSheet.read(file, format, maxRows).size();
    }

    public ImportReport run(byte[] file, SpreadsheetFormat format, boolean dryRun) {
        return run(file, format, dryRun, row -> {
        });
    }

    /**
     * Imports the file, telling {@code progress} each row's answer as soon as it has one (a row whose recommendation is
     * closed after the last row is told again with its closure); the whole file is read, and refused if it cannot be,
     * before any row is sent.
     */
    public ImportReport run(byte[] file, SpreadsheetFormat format, boolean dryRun, java.util.function.Consumer<ImportReport.Row> progress) {
        List<PlanRow> rows = PlanSheet.read(file, format, maxRows);
        return new Run(sha256(file), dryRun, progress).all(rows, format);
    }

    /** One import of one file: what it has made so far, by reference and number, and what each row did. */
    private final class Run {
        private final String fileHash;
        private final boolean dryRun;
        private final Map<String, String> sources = new LinkedHashMap<>();
        private final Map<String, Plan> plans = new LinkedHashMap<>();
        /** Recommendation ids by source id and number. */
        private final Map<String, String> recommendationIds = new java.util.HashMap<>();
        private final Set<String> touched = new LinkedHashSet<>();
        private final List<ImportReport.Row> report = new ArrayList<>();
        private final java.util.function.Consumer<ImportReport.Row> progress;
        private UnitOfWork<?> dryRunUnit;
        private int sent;

        Run(String fileHash, boolean dryRun, java.util.function.Consumer<ImportReport.Row> progress) {
            this.fileHash = fileHash;
            this.dryRun = dryRun;
            this.progress = progress;
        }

        ImportReport all(List<PlanRow> rows, SpreadsheetFormat format) {
            if (dryRun) {
                dryRunUnit = start();
            }
            try {
                Map<String, PlanRow> closures = new LinkedHashMap<>();
                Map<Integer, Integer> reportIndex = new LinkedHashMap<>();
                for (PlanRow row : rows) {
                    reportIndex.put(row.line(), report.size());
                    report.add(row(row));
                    progress.accept(report.get(report.size() - 1));
                    if (row.has(CLOSED_ON) && report.get(report.size() - 1).outcome() != ImportReport.Outcome.REFUSED) {
                        closures.put(row.cell(SOURCE_REFERENCE) + "\n" + row.cell(RECOMMENDATION_NUMBER), row);
                    }
                }
                for (PlanRow row : closures.values()) {
                    int at = reportIndex.get(row.line());
                    ImportReport.Row before = report.get(at);
                    report.set(at, closure(row, before));
                    if (report.get(at) != before) {
                        progress.accept(report.get(at));
                    }
                }
            } finally {
                if (dryRunUnit != null) {
                    dryRunUnit.rollback();
                }
            }
            if (!dryRun) {
                touched.forEach(readYourWrites::awaitAggregate);
            }
            int recorded = count(ImportReport.Outcome.RECORDED) + count(ImportReport.Outcome.WOULD_RECORD);
            return new ImportReport(dryRun, format.name(), fileHash, report.size(), recorded, count(ImportReport.Outcome.ALREADY_RECORDED),
                    count(ImportReport.Outcome.REFUSED), sent, report);
        }

        private int count(ImportReport.Outcome outcome) {
            return (int) report.stream().filter(r -> r.outcome() == outcome).count();
        }

        /** The row's commands, sent in one unit of work (the dry run's, or the row's own, committed when all were accepted). */
        private ImportReport.Row row(PlanRow row) {
            List<ImportReport.Problem> problems = new ArrayList<>();
            PlanCells.Parsed parsed = cells.parse(row, problems);
            if (!problems.isEmpty()) {
                return new ImportReport.Row(row.line(), ImportReport.Outcome.REFUSED, List.of(), problems);
            }
            Step step = new Step(row);
            UnitOfWork<?> unit = dryRun ? null : start();
            try {
                String sourceId = source(step, parsed);
                String recommendationId = recommendation(step, parsed, sourceId);
                action(step, parsed, recommendationId);
                commit(unit, row);
                step.commit();
            } catch (Refused refused) {
                if (unit != null && unit.isActive()) {
                    unit.rollback(refused);
                }
                if (!dryRun && step.keys.stream().anyMatch(idempotencyKeys::remembered)) {
                    return new ImportReport.Row(row.line(), ImportReport.Outcome.ALREADY_RECORDED, step.commands, List.of());
                }
                problems.add(refused.problem);
                return new ImportReport.Row(row.line(), ImportReport.Outcome.REFUSED, step.commands, problems);
            } catch (RuntimeException e) {
                if (unit != null && unit.isActive()) {
                    unit.rollback(e);
                }
                throw e;
            }
            if (step.commands.isEmpty()) {
                return new ImportReport.Row(row.line(), ImportReport.Outcome.ALREADY_RECORDED, step.commands, List.of());
            }
            return new ImportReport.Row(row.line(), dryRun ? ImportReport.Outcome.WOULD_RECORD : ImportReport.Outcome.RECORDED,
                    step.commands, List.of());
        }

        /** The recommendation's closure, after every row: once all its actions are in. */
        private ImportReport.Row closure(PlanRow row, ImportReport.Row before) {
            List<ImportReport.Problem> problems = new ArrayList<>();
            PlanCells.Parsed parsed = cells.parse(row, problems);
            String sourceId = sources.get(row.cell(SOURCE_REFERENCE));
            String recommendationId = sourceId == null ? null : recommendationOf(sourceId, row.cell(RECOMMENDATION_NUMBER));
            Plan plan = recommendationId == null ? null : plans.get(recommendationId);
            if (plan == null || plan.closed) {
                return before;
            }
            Step step = new Step(row);
            step.index = 100;
            UnitOfWork<?> unit = dryRun ? null : start();
            List<ImportReport.Command> all = new ArrayList<>(before.commands());
            try {
                step.send(recommendationId, CLOSED_ON, new CloseRecommendation(recommendationId, parsed.closedOn(), row.cell(IMPACT_STATEMENT),
                        plan.actions.isEmpty() ? row.cell(RESPONSE_RATIONALE) : null), null);
                commit(unit, row);
                plan.closed = true;
                all.addAll(step.commands);
                ImportReport.Outcome outcome = dryRun ? ImportReport.Outcome.WOULD_RECORD : ImportReport.Outcome.RECORDED;
                return new ImportReport.Row(row.line(), outcome, all, before.problems());
            } catch (Refused refused) {
                if (unit != null && unit.isActive()) {
                    unit.rollback(refused);
                }
                all.addAll(step.commands);
                if (!dryRun && step.keys.stream().anyMatch(idempotencyKeys::remembered)) {
                    return before;
                }
                List<ImportReport.Problem> withClosure = new ArrayList<>(before.problems());
                withClosure.add(refused.problem);
                return new ImportReport.Row(row.line(), ImportReport.Outcome.REFUSED, all, withClosure);
            }
        }

        /** The source by its reference: made by this import, already recorded, or commissioned now. */
        private String source(Step step, PlanCells.Parsed parsed) {
            String reference = step.row.cell(SOURCE_REFERENCE);
            String id = sources.get(reference);
            if (id == null) {
                List<String> recorded = jdbc.queryForList("select id from practice_review where reference = ? union all "
                        + "select id from rapid_review where reference = ?", String.class, reference, reference);
                id = recorded.isEmpty() ? null : recorded.get(0);
                if (id != null) {
                    sources.put(reference, id);
                }
            }
            if (id == null) {
                if (parsed.sourceKind() == null) {
                    String message = step.row.has(SOURCE_KIND)
                            ? "no rapid review " + reference + " is recorded: record its notification first"
                            : "no review " + reference + " is recorded: give its source_kind, source_title and source_decided_on to record it";
                    throw new Refused(new ImportReport.Problem(step.row.line(), step.row.has(SOURCE_KIND) ? SOURCE_KIND : SOURCE_REFERENCE, message));
                }
                String newId = step.newId();
                step.send(newId, SOURCE_REFERENCE, new CommissionPracticeReview(newId, reference, parsed.sourceKind(), null,
                        step.row.cell(SOURCE_TITLE), parsed.sourceDecidedOn(), List.of(), List.of(), null), null);
                id = newId;
                step.onCommit(() -> sources.put(reference, newId));
            }
            return id;
        }

        private String recommendation(Step step, PlanCells.Parsed parsed, String sourceId) {
            String number = step.row.cell(RECOMMENDATION_NUMBER);
            if (number == null) {
                throw new Refused(new ImportReport.Problem(step.row.line(), RECOMMENDATION_NUMBER, "a row needs the recommendation's number"));
            }
            String id = recommendationOf(sourceId, number);
            Plan plan = id == null ? null : plans.computeIfAbsent(id, this::recorded);
            if (plan == null) {
                String newId = step.newId();
                step.send(newId, RECOMMENDATION_NUMBER, new MakeRecommendation(newId, sourceId, number, step.row.cell(RECOMMENDATION_TEXT),
                        parsed.themes(), parsed.madeOn()), null);
                Plan made = new Plan();
                step.onCommit(() -> {
                    plans.put(newId, made);
                    recommendationIds.put(sourceId + "\n" + number, newId);
                });
                plan = made;
                id = newId;
            }
            if (parsed.accepted() != null && !plan.responded) {
                // a recommendation closed with no action: response_rationale is the closure's (accepted as already in place)
                boolean closedWithoutAction = parsed.accepted() && step.row.has(CLOSED_ON) && ACTION.stream().noneMatch(step.row::has);
                step.send(id, RESPONSE, new RespondToRecommendation(id, parsed.respondedOn(), parsed.accepted(),
                        closedWithoutAction ? null : step.row.cell(RESPONSE_RATIONALE)), null);
                Plan responded = plan;
                step.onCommit(() -> responded.responded = true);
            }
            step.plan = plan;
            return id;
        }

        private void action(Step step, PlanCells.Parsed parsed, String recommendationId) {
            if (ACTION.stream().noneMatch(step.row::has)) {
                return;
            }
            Plan plan = step.plan;
            String key = step.row.cell(ACTION_DESCRIPTION) + "\n" + parsed.agency();
            if (plan.actions.contains(key)) {
                return;
            }
            PlanRow row = step.row;
            boolean revised = parsed.originalDueOn() != null && parsed.dueOn() != null && !parsed.originalDueOn().equals(parsed.dueOn());
            String actionId = step.send(recommendationId, ACTION_DESCRIPTION, new AssignAction(recommendationId, row.cell(ACTION_DESCRIPTION),
                    parsed.agency(), row.cell(OWNER), parsed.assignedOn(), revised ? parsed.originalDueOn() : parsed.dueOn()), null);
            if (revised) {
                step.send(recommendationId, DUE_ON, new ReviseActionDueDate(recommendationId, actionId, parsed.assignedOn(), parsed.dueOn(),
                        "due date revised before the action plan was imported (original due date " + parsed.originalDueOn() + ")"), null);
            }
            String summary = row.cell(EVIDENCE_SUMMARY);
            if (parsed.actionStatus() != null) {
                switch (parsed.actionStatus()) {
                    case ASSIGNED -> {
                    }
                    case IN_PROGRESS -> step.send(recommendationId, ACTION_STATUS, new ReportActionProgress(recommendationId, actionId,
                            parsed.assignedOn(), summary != null ? summary : "in progress when the action plan was imported"), ASSIGNED_ON);
                    case EVIDENCE_SUBMITTED -> step.send(recommendationId, ACTION_STATUS, new SubmitActionEvidence(recommendationId, actionId,
                            parsed.completedOn() != null ? parsed.completedOn() : parsed.assignedOn(), summary, null), COMPLETED_ON);
                    case COMPLETE -> {
                        step.send(recommendationId, ACTION_STATUS, new SubmitActionEvidence(recommendationId, actionId, parsed.completedOn(),
                                summary, null), COMPLETED_ON);
                        step.send(recommendationId, ACTION_STATUS, new ReviewActionEvidence(recommendationId, actionId, parsed.completedOn(),
                                true, null), COMPLETED_ON);
                    }
                    case CANCELLED -> step.send(recommendationId, ACTION_STATUS, new CancelAction(recommendationId, actionId,
                            parsed.completedOn(), summary), COMPLETED_ON);
                }
            }
            Plan target = plan;
            step.onCommit(() -> target.actions.add(key));
        }

        /** The recommendation of the source with the number: made by this import, or recorded before it; null when there is none. */
        private String recommendationOf(String sourceId, String number) {
            String key = sourceId + "\n" + number;
            String id = recommendationIds.get(key);
            if (id == null) {
                List<String> recorded = jdbc.queryForList("select recommendation_id from recommendation_number where source_id = ? and number = ?",
                        String.class, sourceId, number);
                id = recorded.isEmpty() ? null : recorded.get(0);
                if (id != null) {
                    recommendationIds.put(key, id);
                }
            }
            return id;
        }

        /** A recommendation recorded before this import, as it stands today. */
        private Plan recorded(String id) {
            Plan plan = new Plan();
            RecommendationView view = recommendations.find(id, today.date()).orElse(null);
            if (view != null) {
                plan.responded = view.response() != null;
                plan.closed = view.closure() != null;
                view.actions().forEach(a -> plan.actions.add(a.description() + "\n" + a.agency()));
            }
            return plan;
        }

        /** The commands of one row, each with its idempotency key (the file's hash, the line, its place in the row). */
        private final class Step {
            private final PlanRow row;
            private final List<ImportReport.Command> commands = new ArrayList<>();
            private final List<String> keys = new ArrayList<>();
            private final List<Runnable> onCommit = new ArrayList<>();
            private int index;
            /** The row's recommendation. */
            private Plan plan;

            Step(PlanRow row) {
                this.row = row;
            }

            String key() {
                return "action-plan:" + fileHash + ":" + row.line() + ":" + index;
            }

            /** The id of the next command's creation, derived from its key as {@code Ids} derives it from an Idempotency-Key. */
            String newId() {
                return Generators.nameBasedGenerator().generate(key()).toString();
            }

            void onCommit(Runnable action) {
                onCommit.add(action);
            }

            void commit() {
                onCommit.forEach(Runnable::run);
            }

            /** Sends the command; a refusal names the column it comes from (the column of a field the domain names, or this one). */
            <R> R send(String aggregateId, String column, Object command, String dateColumn) {
                String key = key();
                index++;
                keys.add(key);
                commands.add(new ImportReport.Command(command.getClass().getSimpleName(), aggregateId, json.convertValue(command, FIELDS)));
                Map<String, Object> metaData = new LinkedHashMap<>(ActionPlanImport.this.commands.metaData(aggregateId));
                if (!dryRun) {
                    // (a dry run records no key: on PostgreSQL a key already recorded would end the dry run's transaction)
                    metaData.put(CommandConditionsInterceptor.IDEMPOTENCY_KEY, key);
                    metaData.put(CommandConditionsInterceptor.REQUEST_HASH, sha256(key.getBytes(StandardCharsets.UTF_8)));
                }
                CommandMessage<Object> message = GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(metaData));
                FutureCallback<Object, R> callback = new FutureCallback<>();
                commandBus.dispatch(message, callback);
                CommandResultMessage<? extends R> result = callback.getResult();
                sent++;
                if (result.isExceptional()) {
                    throw new Refused(problem(row, column, dateColumn, command, result.exceptionResult()));
                }
                touched.add(aggregateId);
                return result.getPayload();
            }
        }
    }

    /** A recommendation as this import knows it: its actions (description and agency), whether it has a response and a closure. */
    private static final class Plan {
        private boolean responded;
        private boolean closed;
        private final Set<String> actions = new HashSet<>();
    }

    /** The domain refused a command of the row. */
    private static final class Refused extends RuntimeException {
        private final transient ImportReport.Problem problem;

        Refused(ImportReport.Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    /** Commits the row's unit of work (none in a dry run); a row whose transaction fails at commit is refused, nothing recorded. */
    private static void commit(UnitOfWork<?> unit, PlanRow row) {
        if (unit == null) {
            return;
        }
        try {
            unit.commit();
        } catch (RuntimeException e) {
            throw new Refused(new ImportReport.Problem(row.line(), SOURCE_REFERENCE, "not recorded: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""))));
        }
    }

    private UnitOfWork<?> start() {
        UnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(new GenericMessage<>("action plan import"));
        unit.attachTransaction(transactions);
        return unit;
    }

    private static ImportReport.Problem problem(PlanRow row, String column, String dateColumn, Object command, Throwable failure) {
        InvalidCommandException invalid = Causes.find(failure, InvalidCommandException.class);
        if (invalid != null) {
            String field = invalid.field();
            String named = field == null ? null : PlanCells.columnOf(command, field, dateColumn);
            return new ImportReport.Problem(row.line(), named != null ? named : column, invalid.getMessage());
        }
        RuntimeException refused = Causes.find(failure, CommandRefusedException.class);
        if (refused == null) {
            refused = Causes.find(failure, NotFoundException.class);
        }
        return new ImportReport.Problem(row.line(), column, refused != null ? refused.getMessage()
                : "not recorded: " + failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage()));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
