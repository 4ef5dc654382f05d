package cn.jining.credithub.routes.intake;

import cn.jining.credithub.contracts.exchange.AcceptanceStamp;
import cn.jining.credithub.contracts.exchange.AcceptedBatch;
import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.exchange.Echo;
import cn.jining.credithub.contracts.exchange.Receipt;
import cn.jining.credithub.contracts.exchange.RecordOutcome;
import cn.jining.credithub.contracts.exchange.Refusal;
import cn.jining.credithub.contracts.exchange.Submission;
import cn.jining.credithub.contracts.exchange.SubmissionRefusedException;
import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.mapping.MappedData;
import cn.jining.credithub.contracts.mapping.RecordMapper;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.validation.ForbiddenCharacters;
import cn.jining.credithub.contracts.validation.Messages;
import cn.jining.credithub.contracts.validation.RecordChecker;
import cn.jining.credithub.contracts.validation.RecordVerdict;
import cn.jining.credithub.contracts.validation.Rules;
import cn.jining.credithub.contracts.validation.Violation;
import cn.jining.credithub.routes.source.RegionScope;
import cn.jining.credithub.routes.source.SourceDefinition;
import cn.jining.credithub.routes.source.SourceRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a Submission from any channel: the source and batch as a whole, then every record on its own, after
 * the source's field mapping. Invalid records are answered and dropped; valid ones are never held back by
 * their neighbours.
 */
public final class IntakeService {

    public static final int MAX_BATCH_ID = 64;
    private final SourceRegistry sources;
    private final RecordChecker checker;
    private final AcceptanceClock acceptance;
    private final IntakeLimits limits;

    public IntakeService(SourceRegistry sources, RecordChecker checker, Clock clock, IntakeLimits limits) {
        this.sources = sources;
        this.checker = checker;
        this.acceptance = new AcceptanceClock(clock);
        this.limits = limits;
    }

    public IntakeResult check(Submission submission) {
        SubmissionIdentifiers.check(submission);
        SourceDefinition source = sources.find(submission.sourceId()).orElseThrow(() ->
                new SubmissionRefusedException(Refusal.UNKNOWN_SOURCE,
                        "sourceId " + Echo.quoted(submission.sourceId()) + " is not registered with this hub"));
        checkBatch(submission);
        AcceptanceStamp stamp = acceptance.next();
        List<RecordOutcome> outcomes = new ArrayList<>(submission.records().size());
        List<AcceptedRecord> accepted = new ArrayList<>(submission.records().size());
        Set<String> recordIds = new HashSet<>();
        RecordMapper mapper = sources.mapper(source.id());
        for (int i = 0; i < submission.records().size(); i++) {
            SubmittedRecord record = submission.records().get(i);
            // First: an id or text no destination can store must not reach the duplicate check, or any key.
            List<Violation> refusals = ForbiddenCharacters.of(record);
            if (refusals.isEmpty()) {
                refusals = scope(source, record);
            }
            if (refusals.isEmpty() && record.recordId() != null && !recordIds.add(record.recordId())) {
                refusals = List.of(Messages.violation(Rules.DUPLICATE_IN_BATCH, "recordId", "记录标识",
                        record.recordId(), record.recordId()));
            }
            RecordVerdict verdict = refusals.isEmpty() ? mapAndCheck(mapper, record) : RecordVerdict.reject(refusals);
            if (verdict.isAccepted()) {
                // On the checked, canonical record: the division is read from normalised codes, whatever the source's columns.
                verdict = RegionScope.check(source, verdict.accepted()).map(v -> RecordVerdict.reject(List.of(v)))
                        .orElse(verdict);
            }
            if (verdict.isAccepted()) {
                accepted.add(verdict.accepted());
                outcomes.add(RecordOutcome.accepted(i, record.recordId(), verdict.accepted().fingerprint()));
            } else {
                outcomes.add(RecordOutcome.rejected(i, record.recordId(), verdict.violations()));
            }
        }
        Receipt receipt = Receipt.of(source.id(), submission.batchId(), stamp.at(), outcomes);
        return new IntakeResult(receipt, chunks(new AcceptedBatch(source.id(), submission.batchId(), stamp.at(),
                stamp.sequence(), accepted)));
    }

    private void checkBatch(Submission submission) {
        if (submission.records().isEmpty()) {
            throw new SubmissionRefusedException(Refusal.EMPTY, "records is empty: a batch carries at least one record");
        }
        if (submission.records().size() > limits.maxRecordsPerBatch()) {
            throw new SubmissionRefusedException(Refusal.TOO_MANY_RECORDS, "records has " + submission.records().size()
                    + " entries; at most " + limits.maxRecordsPerBatch() + " are accepted in one batch");
        }
    }

    /**
     * The source's field mapping first, so every channel's records reach the checker in canonical names and
     * receipts name canonical fields; what only the mapping can see is reported alongside the checker's findings.
     */
    private RecordVerdict mapAndCheck(RecordMapper mapper, SubmittedRecord record) {
        MappedData mapped = mapper.map(record.category(), record.data());
        if (mapped.data() == record.data()) {
            return checker.check(record);
        }
        RecordVerdict verdict = checker.check(new SubmittedRecord(record.recordId(), record.category(), mapped.data()));
        if (!mapped.violations().isEmpty()) {
            List<Violation> violations = new ArrayList<>(mapped.violations());
            violations.addAll(verdict.violations());
            return RecordVerdict.reject(violations);
        }
        if (!verdict.isAccepted()) {
            return verdict;
        }
        // The original kept beside the canonical form is what the source sent, not the hub's renaming of it.
        AcceptedRecord a = verdict.accepted();
        return RecordVerdict.accept(new AcceptedRecord(a.category(), a.recordId(), a.fingerprint(),
                a.subjectCategory(), a.subjectCode(), a.data(), record.data().deepCopy()));
    }

    /** A source may submit only the categories it is registered for. */
    private static List<Violation> scope(SourceDefinition source, SubmittedRecord record) {
        return RecordCategory.of(record.category())
                .filter(category -> !source.maySubmit(category.name()))
                .map(category -> List.of(Messages.violation(Rules.CATEGORY_NOT_PERMITTED, "category", "数据类别",
                        category.name(), source.id(), category.name())))
                .orElse(List.of());
    }

    /** The batch in queued messages of at most {@code recordsPerMessage} records, each with the batch's stamp. */
    private List<AcceptedBatch> chunks(AcceptedBatch batch) {
        List<AcceptedRecord> accepted = batch.records();
        List<AcceptedBatch> chunks = new ArrayList<>();
        for (int from = 0; from < accepted.size(); from += limits.recordsPerMessage()) {
            chunks.add(batch.withRecords(accepted.subList(from, Math.min(accepted.size(), from + limits.recordsPerMessage()))));
        }
        return chunks;
    }
}
