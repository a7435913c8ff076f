package org.birge.portal.project.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.birge.portal.org.domain.District;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.VersionedEntity;

/**
 * A local development project of one district, from the mayor's first draft of the proposal through the
 * approval steps of its workflow to implementation, evaluation and closing. The proposal can be changed
 * only while it is a draft or returned for revision; the status follows the workflow step the project is
 * at; a rejected or closed project does not move again.
 */
@Entity
@Table(name = "project")
public class Project extends VersionedEntity {

    public static final int TITLE_LENGTH = 200;
    public static final int TEXT_LENGTH = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id", nullable = false, updatable = false)
    private District district;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "call_id", nullable = false, updatable = false)
    private GrantCall call;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workflow_id", nullable = false, updatable = false)
    private WorkflowDefinition workflow;

    @Column(name = "step_position", nullable = false)
    private int stepPosition;

    @Column(name = "round", nullable = false)
    private int round = 1;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProjectStatus status = ProjectStatus.DRAFT;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(length = TEXT_LENGTH)
    private String problem;

    @Column(length = TEXT_LENGTH)
    private String solution;

    @Embedded
    private Beneficiaries beneficiaries = new Beneficiaries(null, null, null, null, null);

    @Embedded
    private Consultation consultation = new Consultation(null, null, null);

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "project_funding", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<Contribution> funding = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<BudgetLine> budgetLines = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Milestone> milestones = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Indicator> indicators = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "project_score", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<Score> scores = new ArrayList<>();

    /** Cached sums, so that lists and reports add them up in the database. */
    @Column(name = "total_cost", nullable = false)
    private long totalCost;

    @Column(name = "grant_requested", nullable = false)
    private long grantRequested;

    @Column(name = "grant_approved", nullable = false)
    private long grantApproved;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "lessons_learned", length = TEXT_LENGTH)
    private String lessonsLearned;

    @Column(name = "people_reached")
    private Integer peopleReached;

    /** The community poll whose winning option started this proposal (the evidence of consultation). */
    @Column(name = "poll_id")
    private Long pollId;

    @Column(name = "poll_option_id")
    private Long pollOptionId;

    protected Project() {
    }

    /** A new draft of {@code district} for {@code call}, on the current version of the workflow. */
    public Project(District district, GrantCall call, WorkflowDefinition workflow, String title) {
        this.district = Objects.requireNonNull(district, "district");
        this.call = Objects.requireNonNull(call, "call");
        this.workflow = Objects.requireNonNull(workflow, "workflow");
        if (call.getStatus() != CallStatus.PUBLISHED) {
            throw new DomainException("project.call.notOpen");
        }
        if (!call.isEligible(district.getRegion())) {
            throw new DomainException("project.call.regionNotEligible");
        }
        if (workflow.getStatus() != DefinitionStatus.PUBLISHED) {
            throw new DomainException("project.workflow.notPublished");
        }
        this.title = requireTitle(title);
    }

    private static String requireTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new DomainException("project.titleRequired");
        }
        if (title.strip().length() > TITLE_LENGTH) {
            throw new DomainException("project.textLength", TITLE_LENGTH);
        }
        return title.strip();
    }

    /** The proposal as the mayor writes it. */
    public record Content(String title, String problem, String solution, Beneficiaries beneficiaries,
                          Consultation consultation, List<BudgetLine.Item> budget, List<Contribution> funding,
                          List<Milestone.Item> milestones, List<Indicator.Item> indicators) {
    }

    /** Changes the proposal; only a draft or a returned proposal can be changed. */
    public void edit(Content content) {
        if (!status.isEditable()) {
            throw new DomainException("project.notEditable");
        }
        this.title = requireTitle(content.title());
        this.problem = text(content.problem(), TEXT_LENGTH);
        this.solution = text(content.solution(), TEXT_LENGTH);
        Beneficiaries b = content.beneficiaries();
        if (b != null) {
            for (Integer n : new Integer[] {b.getTotal(), b.getChildren(), b.getWithDisabilities(),
                    b.getVulnerableFamilies()}) {
                if (n != null && n < 0) {
                    throw new DomainException("project.beneficiaries.negative");
                }
            }
            this.beneficiaries = new Beneficiaries(b.getTotal(), b.getChildren(), b.getWithDisabilities(),
                    b.getVulnerableFamilies(), text(b.getBenefit(), Beneficiaries.BENEFIT_LENGTH));
        }
        Consultation c = content.consultation();
        if (c != null) {
            if (c.getParticipants() != null && c.getParticipants() < 0) {
                throw new DomainException("project.consultation.negative");
            }
            this.consultation = new Consultation(c.getHeldOn(), c.getParticipants(),
                    text(c.getDecision(), Consultation.DECISION_LENGTH));
        }
        this.funding.clear();
        for (Contribution contribution : content.funding() == null ? List.<Contribution>of() : content.funding()) {
            if (contribution.getSource() == null || contribution.getAmount() < 0) {
                throw new DomainException("project.funding.invalid");
            }
            if (contribution.getAmount() > 0) {
                this.funding.add(new Contribution(contribution.getSource(), contribution.getAmount()));
            }
        }
        sync(budgetLines, content.budget(), BudgetLine.Item::id, (item, position) ->
                new BudgetLine(this, position, item), (line, item) -> line.change(item), BudgetLine::moveTo);
        sync(milestones, content.milestones(), Milestone.Item::id, (item, position) ->
                new Milestone(this, position, item), (m, item) -> m.change(item), Milestone::moveTo);
        sync(indicators, content.indicators(), Indicator.Item::id, (item, position) ->
                new Indicator(this, position, item), (i, item) -> i.change(item), Indicator::moveTo);
        this.totalCost = budgetLines.stream().mapToLong(BudgetLine::total).sum();
        this.grantRequested = amountFrom(FundingSource.PROGRAMME_GRANT);
    }

    private interface Mover<E> {
        void move(E entity, int position);
    }

    private interface Changer<E, I> {
        void change(E entity, I item);
    }

    /**
     * Makes {@code current} follow {@code items} in their order: items with the id of an existing row
     * change that row, items without one become new rows, rows no item names are removed.
     */
    private static <E extends VersionedEntity, I> void sync(List<E> current, List<I> items, Function<I, Long> idOf,
                                                            BiFunction<I, Integer, E> create, Changer<E, I> change,
                                                            Mover<E> move) {
        Map<Long, E> byId = new HashMap<>();
        current.forEach(e -> byId.put(e.getId(), e));
        List<E> result = new ArrayList<>();
        int position = 0;
        for (I item : items == null ? List.<I>of() : items) {
            E existing = idOf.apply(item) == null ? null : byId.remove(idOf.apply(item));
            if (existing == null) {
                result.add(create.apply(item, position));
            } else {
                change.change(existing, item);
                move.move(existing, position);
                result.add(existing);
            }
            position++;
        }
        current.clear();
        current.addAll(result);
    }

    private static String text(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new DomainException("project.textLength", max);
        }
        return value.strip();
    }

    /** The total of the funding from one source. */
    public long amountFrom(FundingSource source) {
        return funding.stream().filter(c -> c.getSource() == source).mapToLong(Contribution::getAmount).sum();
    }

    public long fundingTotal() {
        return funding.stream().mapToLong(Contribution::getAmount).sum();
    }

    public long localFunding() {
        return funding.stream().filter(c -> c.getSource().isLocal()).mapToLong(Contribution::getAmount).sum();
    }

    /**
     * What the proposal still lacks or breaks against its call, in the order a mayor would fix it. Empty
     * means it can be submitted.
     */
    public List<Problem> problems(boolean minutesAttached) {
        List<Problem> problems = new ArrayList<>();
        Beneficiaries benefit = getBeneficiaries();
        Consultation consulted = getConsultation();
        if (problem == null) {
            problems.add(Problem.of("project.rule.problemRequired"));
        }
        if (solution == null) {
            problems.add(Problem.of("project.rule.solutionRequired"));
        }
        if (benefit.getTotal() == null || benefit.getTotal() < 1 || benefit.getBenefit() == null) {
            problems.add(Problem.of("project.rule.beneficiariesRequired"));
        } else if (part(benefit.getChildren()) > benefit.getTotal()
                || part(benefit.getWithDisabilities()) > benefit.getTotal()
                || part(benefit.getVulnerableFamilies()) > benefit.getTotal()) {
            problems.add(Problem.of("project.rule.beneficiariesExceedTotal"));
        }
        if (consulted.getHeldOn() == null || consulted.getParticipants() == null
                || consulted.getParticipants() < 1 || consulted.getDecision() == null) {
            problems.add(Problem.of("project.rule.consultationRequired"));
        }
        if (!minutesAttached) {
            problems.add(Problem.of("project.rule.minutesRequired"));
        }
        if (budgetLines.isEmpty()) {
            problems.add(Problem.of("project.rule.budgetRequired"));
        }
        if (milestones.isEmpty()) {
            problems.add(Problem.of("project.rule.milestonesRequired"));
        }
        if (indicators.isEmpty()) {
            problems.add(Problem.of("project.rule.indicatorsRequired"));
        }
        long funded = fundingTotal();
        if (!budgetLines.isEmpty() && funded != totalCost) {
            problems.add(Problem.of("project.rule.totalsDiffer", totalCost, funded));
        }
        if (grantRequested > call.getMaxGrant()) {
            problems.add(Problem.of("project.rule.grantAboveMaximum", grantRequested, call.getMaxGrant()));
        }
        if (grantRequested <= 0) {
            problems.add(Problem.of("project.rule.grantRequired"));
        }
        if (funded > 0 && localFunding() * 100 < (long) call.getMinCofinancingPercent() * funded) {
            problems.add(Problem.of("project.rule.localShareTooLow", call.getMinCofinancingPercent(),
                    localSharePercent()));
        }
        return problems;
    }

    private static int part(Integer n) {
        return n == null ? 0 : n;
    }

    /** The local share of the funding in whole percent, rounded down. */
    public long localSharePercent() {
        long funded = fundingTotal();
        return funded == 0 ? 0 : localFunding() * 100 / funded;
    }

    /**
     * Sends the proposal to the next step. The first submission must happen while the call is open; a
     * proposal returned for revision may come back later.
     */
    public void submit(LocalDate today, Instant at, boolean minutesAttached) {
        if (!status.isEditable()) {
            throw new DomainException("project.notEditable");
        }
        if (round == 1 && !call.isOpenOn(today)) {
            throw new DomainException("project.call.notOpen");
        }
        List<Problem> found = problems(minutesAttached);
        if (!found.isEmpty()) {
            throw new ProposalRulesException(found);
        }
        submittedAt = at;
        enter(workflow.after(stepPosition));
    }

    /** The current step is done: on to the next, or closed after the last. */
    public void advance() {
        requireMoving();
        if (currentStep().getKind() == StepKind.DECISION) {
            grantApproved = grantRequested;
        }
        int next = workflow.after(stepPosition);
        if (next < 0) {
            status = ProjectStatus.CLOSED;
        } else {
            enter(next);
        }
    }

    /**
     * Sends the project back: a proposal under review goes back to its mayor for a new round; an
     * evaluation goes back to implementation.
     */
    public void returnForRevision() {
        requireMoving();
        StepKind kind = currentStep().getKind();
        if (kind == StepKind.EVALUATION) {
            enter(workflow.positionOf(StepKind.IMPLEMENTATION));
        } else if (kind.isReview()) {
            round++;
            enter(0);
        } else {
            throw new DomainException("project.cannotReturn");
        }
    }

    public void reject() {
        requireMoving();
        if (!currentStep().getKind().isReview()) {
            throw new DomainException("project.cannotReject");
        }
        status = ProjectStatus.REJECTED;
    }

    private void requireMoving() {
        if (status.isFinished()) {
            throw new DomainException("project.finished");
        }
    }

    private void enter(int position) {
        stepPosition = position;
        status = switch (currentStep().getKind()) {
            case SUBMISSION -> round == 1 ? ProjectStatus.DRAFT : ProjectStatus.RETURNED;
            case REVIEW, APPRAISAL, DECISION -> ProjectStatus.IN_REVIEW;
            case IMPLEMENTATION -> ProjectStatus.IN_IMPLEMENTATION;
            case EVALUATION -> ProjectStatus.IN_EVALUATION;
        };
    }

    /** The appraiser's points against the call's criteria, each within its maximum; replaces earlier ones. */
    public void appraise(Map<String, Integer> points) {
        if (currentStep().getKind() != StepKind.APPRAISAL) {
            throw new DomainException("project.appraisal.notNow");
        }
        List<Score> sheet = new ArrayList<>();
        for (Criterion criterion : call.getCriteria()) {
            Integer given = points.get(criterion.getName());
            if (given == null || given < 0 || given > criterion.getMaxPoints()) {
                throw new DomainException("project.appraisal.pointsRange", criterion.getName(),
                        criterion.getMaxPoints());
            }
            sheet.add(new Score(criterion.getName(), given, criterion.getMaxPoints()));
        }
        scores.clear();
        scores.addAll(sheet);
    }

    public int scoreTotal() {
        return scores.stream().mapToInt(Score::getPoints).sum();
    }

    public int scoreMaximum() {
        return scores.stream().mapToInt(Score::getMaxPoints).sum();
    }

    /** The final evaluation: each indicator's final value, the people reached and the lessons learned. */
    public void evaluate(Map<Long, BigDecimal> finalValues, int reached, String lessons) {
        if (currentStep().getKind() != StepKind.IMPLEMENTATION) {
            throw new DomainException("project.evaluation.notNow");
        }
        if (reached < 0) {
            throw new DomainException("project.beneficiaries.negative");
        }
        String checkedLessons = text(lessons, TEXT_LENGTH);
        if (checkedLessons == null) {
            throw new DomainException("project.evaluation.lessonsRequired");
        }
        for (Indicator indicator : indicators) {
            indicator.evaluate(finalValues.get(indicator.getId()));
        }
        this.peopleReached = reached;
        this.lessonsLearned = checkedLessons;
    }

    public StepDefinition currentStep() {
        return workflow.step(stepPosition);
    }

    /** The reference residents and officials quote, such as P-2026-001050. */
    public String reference() {
        return "P-" + (getCreatedAt() == null ? "" : getCreatedAt().atZone(java.time.ZoneOffset.UTC).getYear() + "-")
                + String.format("%06d", getId() == null ? 0 : getId());
    }

    public District getDistrict() {
        return district;
    }

    public GrantCall getCall() {
        return call;
    }

    public WorkflowDefinition getWorkflow() {
        return workflow;
    }

    public int getStepPosition() {
        return stepPosition;
    }

    public int getRound() {
        return round;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public String getProblem() {
        return problem;
    }

    public String getSolution() {
        return solution;
    }

    /** Who benefits; empty, never null (JPA loads an embedded value of blank columns as null). */
    public Beneficiaries getBeneficiaries() {
        return beneficiaries == null ? new Beneficiaries(null, null, null, null, null) : beneficiaries;
    }

    /** The consultation; empty, never null (JPA loads an embedded value of blank columns as null). */
    public Consultation getConsultation() {
        return consultation == null ? new Consultation(null, null, null) : consultation;
    }

    public List<Contribution> getFunding() {
        return Collections.unmodifiableList(funding);
    }

    public List<BudgetLine> getBudgetLines() {
        return Collections.unmodifiableList(budgetLines);
    }

    public List<Milestone> getMilestones() {
        return Collections.unmodifiableList(milestones);
    }

    public List<Indicator> getIndicators() {
        return Collections.unmodifiableList(indicators);
    }

    public List<Score> getScores() {
        return Collections.unmodifiableList(scores);
    }

    public long getTotalCost() {
        return totalCost;
    }

    public long getGrantRequested() {
        return grantRequested;
    }

    public long getGrantApproved() {
        return grantApproved;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getLessonsLearned() {
        return lessonsLearned;
    }

    public Integer getPeopleReached() {
        return peopleReached;
    }

    /** Keeps the poll and its option this draft was started from; once, and only while it is a draft. */
    public void startFromPoll(long poll, long option) {
        if (status != ProjectStatus.DRAFT || pollId != null) {
            throw new DomainException("poll.proposal.already");
        }
        this.pollId = poll;
        this.pollOptionId = option;
    }

    public Long getPollId() {
        return pollId;
    }

    public Long getPollOptionId() {
        return pollOptionId;
    }
}
