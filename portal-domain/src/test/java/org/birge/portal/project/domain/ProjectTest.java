package org.birge.portal.project.domain;

import static org.birge.portal.project.domain.ProjectFixtures.AT;
import static org.birge.portal.project.domain.ProjectFixtures.CLOSES;
import static org.birge.portal.project.domain.ProjectFixtures.DURING;
import static org.birge.portal.project.domain.ProjectFixtures.GOOD_SCORES;
import static org.birge.portal.project.domain.ProjectFixtures.district;
import static org.birge.portal.project.domain.ProjectFixtures.draftCall;
import static org.birge.portal.project.domain.ProjectFixtures.draftWorkflow;
import static org.birge.portal.project.domain.ProjectFixtures.projectAt;
import static org.birge.portal.project.domain.ProjectFixtures.publishedCall;
import static org.birge.portal.project.domain.ProjectFixtures.publishedWorkflow;
import static org.birge.portal.project.domain.ProjectFixtures.region;
import static org.birge.portal.testsupport.DomainAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Region;
import org.birge.portal.project.domain.ProjectFixtures.Proposal;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.testsupport.Ids;
import org.birge.portal.testsupport.Reflection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectTest {

    private static final int SUBMISSION = 0;
    private static final int ENDORSEMENT = 1;
    private static final int APPRAISAL = 2;
    private static final int DECISION = 3;
    private static final int IMPLEMENTATION = 4;
    private static final int EVALUATION = 5;

    private final Region east = region(1000L, "EKR");
    private final Region west = region(1001L, "WKR");
    private final District zaisan = district(2000L, "ZAISAN", east);
    private final GrantCall call = publishedCall(east);

    private Project draft() {
        return Ids.withId(new Project(zaisan, call, publishedWorkflow(), "Playground in Zaisan"), 1050L);
    }

    private Project edited(Proposal proposal) {
        Project project = draft();
        project.edit(proposal.content());
        return project;
    }

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(Problem::messageKey).toList();
    }

    private static List<String> keys(String bar) {
        return bar == null || bar.isBlank() ? List.of() : Arrays.stream(bar.split("\\|")).map(String::strip).toList();
    }

    // ---------------------------------------------------------------- a new draft

    @Test
    void aNewProjectIsADraftAtTheSubmissionStepOfItsFirstRound() {
        Project project = new Project(zaisan, call, publishedWorkflow(), "  Playground in Zaisan ");

        assertEquals(ProjectStatus.DRAFT, project.getStatus());
        assertEquals(SUBMISSION, project.getStepPosition());
        assertEquals(StepKind.SUBMISSION, project.currentStep().getKind());
        assertEquals(1, project.getRound());
        assertEquals("Playground in Zaisan", project.getTitle());
        assertSame(zaisan, project.getDistrict());
        assertSame(call, project.getCall());
        assertEquals(0, project.getTotalCost());
        assertEquals(0, project.getGrantRequested());
        assertEquals(0, project.getGrantApproved());
        assertNull(project.getSubmittedAt());
    }

    @Test
    void theConstructorRefusesADraftCall() {
        GrantCall draft = draftCall(east);

        assertRefused("project.call.notOpen", () -> new Project(zaisan, draft, publishedWorkflow(), "Playground"));
    }

    @Test
    void theConstructorRefusesAClosedCall() {
        call.close();

        assertRefused("project.call.notOpen", () -> new Project(zaisan, call, publishedWorkflow(), "Playground"));
    }

    @Test
    void theConstructorRefusesADistrictOfARegionTheCallIsNotFor() {
        District ural = district(2001L, "URALSK", west);

        assertRefused("project.call.regionNotEligible",
                () -> new Project(ural, call, publishedWorkflow(), "Playground"));
    }

    @Test
    void theConstructorRefusesAWorkflowThatIsNotPublished() {
        WorkflowDefinition superseded = publishedWorkflow();
        superseded.supersede();

        assertRefused("project.workflow.notPublished", () -> new Project(zaisan, call, draftWorkflow(), "Playground"));
        assertRefused("project.workflow.notPublished", () -> new Project(zaisan, call, superseded, "Playground"));
    }

    @Test
    void theConstructorRefusesABlankTitle() {
        assertRefused("project.titleRequired", () -> new Project(zaisan, call, publishedWorkflow(), "  "));
    }

    // ---------------------------------------------------------------- edit and totals

    @Test
    void editTakesOverTheProposal() {
        Project project = edited(new Proposal());

        assertEquals("The children of the old quarter have nowhere safe to play.", project.getProblem());
        assertEquals(1200, project.getBeneficiaries().getTotal());
        assertEquals(85, project.getConsultation().getParticipants());
        assertEquals(3, project.getBudgetLines().size());
        assertEquals(3, project.getFunding().size());
        assertEquals(2, project.getMilestones().size());
        assertEquals(2, project.getIndicators().size());
    }

    @Test
    void editKeepsTheTotalCostAsTheSumOfTheLinesAndTheGrantRequestedAsTheProgrammeGrant() {
        Project project = edited(new Proposal());

        assertEquals(1_000_000, project.getTotalCost());
        assertEquals(800_000, project.getGrantRequested());
        assertEquals(1_000_000, project.fundingTotal());
        assertEquals(200_000, project.localFunding());
        assertEquals(20, project.localSharePercent());
    }

    @ParameterizedTest(name = "{0} × {1} tenge is {2} tenge")
    @CsvSource({
            "1,       600000,  600000",
            "120.5,   2500,    301250",
            "2.5,     3,       8",
            "0.25,    3,       1",
            "0.5,     1,       1",
            "0.49,    1,       0",
            "1.01,    999,     1009",
            "3,       0,       0"
    })
    void aLineCostsQuantityTimesUnitCostRoundedToTheTenge(String quantity, long unitCost, long expected) {
        Proposal proposal = new Proposal();
        proposal.budget = List.of(Proposal.line("Works", quantity, unitCost));

        Project project = edited(proposal);

        assertEquals(expected, project.getBudgetLines().get(0).total());
        assertEquals(expected, project.getTotalCost());
    }

    @Test
    void aQuantityIsKeptToTwoDecimalsAsItsColumn() {
        Proposal proposal = new Proposal();
        proposal.budget = List.of(Proposal.line("Cable, m", "0.335", 1_000));

        Project project = edited(proposal);

        assertEquals(new BigDecimal("0.34"), project.getBudgetLines().get(0).getQuantity());
        assertEquals(340, project.getTotalCost());
    }

    @Test
    void theTotalCostIsTheSumOfTheLinesEachRoundedToTheTenge() {
        Proposal proposal = new Proposal();
        proposal.budget = List.of(Proposal.line("Paint", "2.5", 3), Proposal.line("Brushes", "2.5", 3),
                Proposal.line("Fence", "10", 12_345));

        Project project = edited(proposal);

        assertEquals(8 + 8 + 123_450, project.getTotalCost());
    }

    @Test
    void theGrantRequestedAddsUpEveryProgrammeContributionAndNothingElse() {
        Proposal proposal = new Proposal();
        proposal.funding = List.of(new Contribution(FundingSource.PROGRAMME_GRANT, 500_000),
                new Contribution(FundingSource.PRIVATE, 120_000),
                new Contribution(FundingSource.PROGRAMME_GRANT, 300_000),
                new Contribution(FundingSource.DISTRICT_BUDGET, 80_000));

        Project project = edited(proposal);

        assertEquals(800_000, project.getGrantRequested());
        assertEquals(200_000, project.localFunding());
    }

    @Test
    void aContributionOfZeroIsLeftOut() {
        Proposal proposal = new Proposal();
        proposal.funding = new ArrayList<>(proposal.funding);
        proposal.funding.add(new Contribution(FundingSource.PRIVATE, 0));

        assertEquals(3, edited(proposal).getFunding().size());
    }

    @Test
    void aNegativeOrSourcelessContributionIsRefused() {
        Proposal negative = new Proposal();
        negative.funding = List.of(new Contribution(FundingSource.COMMUNITY, -1));
        Proposal sourceless = new Proposal();
        sourceless.funding = List.of(new Contribution(null, 1_000));

        assertRefused("project.funding.invalid", () -> draft().edit(negative.content()));
        assertRefused("project.funding.invalid", () -> draft().edit(sourceless.content()));
    }

    @Test
    void aNegativeNumberOfBeneficiariesIsRefused() {
        Proposal proposal = new Proposal();
        proposal.beneficiaries = new Beneficiaries(100, -1, null, null, "Play");

        assertRefused("project.beneficiaries.negative", () -> draft().edit(proposal.content()));
    }

    @Test
    void editTurnsBlankTextsIntoMissingOnes() {
        Proposal proposal = new Proposal();
        proposal.problem = "   ";
        proposal.solution = "  Fence it in  ";

        Project project = edited(proposal);

        assertNull(project.getProblem());
        assertEquals("Fence it in", project.getSolution());
    }

    @ParameterizedTest(name = "at step {0}")
    @ValueSource(ints = {ENDORSEMENT, APPRAISAL, DECISION, IMPLEMENTATION, EVALUATION})
    void editIsRefusedOnceTheProposalLeftTheMayor(int position) {
        Project project = projectAt(position);
        Proposal changed = new Proposal();
        changed.title = "Something else";

        assertRefused("project.notEditable", () -> project.edit(changed.content()));
        assertEquals("Playground in Zaisan", project.getTitle());
    }

    @Test
    void editIsRefusedForARejectedOrClosedProject() {
        Project rejected = projectAt(ENDORSEMENT);
        rejected.reject();
        Project closed = projectAt(EVALUATION);
        closed.advance();

        assertRefused("project.notEditable", () -> rejected.edit(new Proposal().content()));
        assertRefused("project.notEditable", () -> closed.edit(new Proposal().content()));
    }

    @ParameterizedTest(name = "quantity {0}, unit cost {1}: {2}")
    @CsvSource({
            "0,     1000,  project.budget.quantityPositive",
            "-1,    1000,  project.budget.quantityPositive",
            "1,     -1,    project.budget.costNegative"
    })
    void aBudgetLineNeedsAPositiveQuantityAndNoNegativeCost(String quantity, long unitCost, String key) {
        Proposal proposal = new Proposal();
        proposal.budget = List.of(Proposal.line("Works", quantity, unitCost));

        assertRefused(key, () -> draft().edit(proposal.content()));
    }

    @Test
    void aQuantityThatRoundsToZeroIsRefused() {
        Proposal proposal = new Proposal();
        proposal.budget = List.of(Proposal.line("Works", "0.004", 1_000_000));

        assertRefused("project.budget.quantityPositive", () -> draft().edit(proposal.content()));
    }

    @Test
    void aBudgetLineNeedsACategoryAndADescription() {
        Proposal noCategory = new Proposal();
        noCategory.budget = List.of(new BudgetLine.Item(null, null, "Works", BigDecimal.ONE, 1_000));
        Proposal noDescription = new Proposal();
        noDescription.budget = List.of(Proposal.line("  ", "1", 1_000));

        assertRefused("project.budget.categoryRequired", () -> draft().edit(noCategory.content()));
        assertRefused("project.budget.descriptionRequired", () -> draft().edit(noDescription.content()));
    }

    // ---------------------------------------------------------------- budget, milestone and indicator rows

    @Test
    void budgetLinesGivenBackWithTheirIdKeepTheirRowAndLinesLeftOutAreRemoved() {
        Project project = edited(new Proposal());
        BudgetLine equipment = Ids.withId(project.getBudgetLines().get(0), 101L);
        Ids.withId(project.getBudgetLines().get(1), 102L);
        BudgetLine design = Ids.withId(project.getBudgetLines().get(2), 103L);
        Proposal next = new Proposal();
        next.budget = List.of(
                new BudgetLine.Item(103L, BudgetCategory.SERVICES, "Design, supervision and survey", BigDecimal.ONE,
                        150_000),
                new BudgetLine.Item(null, BudgetCategory.EQUIPMENT, "Benches", new BigDecimal("4"), 25_000),
                new BudgetLine.Item(101L, BudgetCategory.WORKS, "Installation of playground equipment",
                        BigDecimal.ONE, 600_000));

        project.edit(next.content());

        List<BudgetLine> lines = project.getBudgetLines();
        assertEquals(3, lines.size());
        assertSame(design, lines.get(0));
        assertEquals("Design, supervision and survey", design.getDescription());
        assertEquals(150_000, design.getUnitCost());
        assertEquals(0, design.getPosition());
        assertNull(lines.get(1).getId());
        assertEquals("Benches", lines.get(1).getDescription());
        assertEquals(1, lines.get(1).getPosition());
        assertSame(equipment, lines.get(2));
        assertEquals(2, equipment.getPosition());
        assertTrue(lines.stream().noneMatch(line -> Long.valueOf(102L).equals(line.getId())));
        assertEquals(150_000 + 100_000 + 600_000, project.getTotalCost());
    }

    @Test
    void aBudgetLineNamingARowOfNoneOfTheProjectsLinesBecomesANewRow() {
        Project project = edited(new Proposal());
        Ids.withId(project.getBudgetLines().get(0), 101L);
        Proposal next = new Proposal();
        next.budget = List.of(new BudgetLine.Item(999L, BudgetCategory.WORKS, "Fence", BigDecimal.ONE, 10_000));

        project.edit(next.content());

        assertEquals(1, project.getBudgetLines().size());
        assertNull(project.getBudgetLines().get(0).getId());
        assertSame(project, project.getBudgetLines().get(0).getProject());
    }

    @Test
    void milestonesGivenBackWithTheirIdKeepTheirRowAndMilestonesLeftOutAreRemoved() {
        Project project = edited(new Proposal());
        Ids.withId(project.getMilestones().get(0), 201L);
        Milestone opened = Ids.withId(project.getMilestones().get(1), 202L);
        Proposal next = new Proposal();
        next.milestones = List.of(
                new Milestone.Item(202L, "Playground opened to the public", LocalDate.parse("2026-08-25")),
                new Milestone.Item(null, "Handover to the akimat", LocalDate.parse("2026-09-15")));

        project.edit(next.content());

        List<Milestone> milestones = project.getMilestones();
        assertEquals(2, milestones.size());
        assertSame(opened, milestones.get(0));
        assertEquals("Playground opened to the public", opened.getTitle());
        assertEquals(LocalDate.parse("2026-08-25"), opened.getDueOn());
        assertEquals(0, opened.getPosition());
        assertNull(milestones.get(1).getId());
        assertEquals(1, milestones.get(1).getPosition());
    }

    @Test
    void indicatorsGivenBackWithTheirIdKeepTheirRowAndIndicatorsLeftOutAreRemoved() {
        Project project = edited(new Proposal());
        Indicator children = Ids.withId(project.getIndicators().get(0), 301L);
        Ids.withId(project.getIndicators().get(1), 302L);
        Proposal next = new Proposal();
        next.indicators = List.of(new Indicator.Item(301L, "Children using the playground weekly", "children",
                BigDecimal.ZERO, new BigDecimal("350")));

        project.edit(next.content());

        assertEquals(List.of(children), project.getIndicators());
        assertSame(children, project.getIndicators().get(0));
        assertEquals(new BigDecimal("350"), children.getTarget());
    }

    @Test
    void anEditWithoutRowsRemovesThemAll() {
        Project project = edited(new Proposal());
        Proposal empty = new Proposal();
        empty.budget = null;
        empty.milestones = List.of();
        empty.indicators = null;

        project.edit(empty.content());

        assertEquals(List.of(), project.getBudgetLines());
        assertEquals(List.of(), project.getMilestones());
        assertEquals(List.of(), project.getIndicators());
        assertEquals(0, project.getTotalCost());
    }

    // ---------------------------------------------------------------- problems

    @Test
    void aCompleteProposalWithItsMinutesHasNoProblems() {
        assertEquals(List.of(), edited(new Proposal()).problems(true));
    }

    @Test
    void anEmptyDraftListsEveryProblemInTheOrderAMayorWouldFixThem() {
        assertEquals(List.of("project.rule.problemRequired", "project.rule.solutionRequired",
                        "project.rule.beneficiariesRequired", "project.rule.consultationRequired",
                        "project.rule.minutesRequired", "project.rule.budgetRequired",
                        "project.rule.milestonesRequired", "project.rule.indicatorsRequired",
                        "project.rule.grantRequired"),
                keys(draft().problems(false)));
    }

    @Test
    void missingMinutesAreAProblem() {
        assertEquals(List.of(Problem.of("project.rule.minutesRequired")), edited(new Proposal()).problems(false));
    }

    static Stream<Arguments> missingFields() {
        return Stream.of(
                missing("no problem", p -> p.problem = null, "project.rule.problemRequired"),
                missing("a blank problem", p -> p.problem = " \n ", "project.rule.problemRequired"),
                missing("no solution", p -> p.solution = null, "project.rule.solutionRequired"),
                missing("no beneficiaries", p -> p.beneficiaries = new Beneficiaries(null, null, null, null, null),
                        "project.rule.beneficiariesRequired"),
                missing("no beneficiaries in total", p -> p.beneficiaries = new Beneficiaries(null, 10, 1, 1, "Play"),
                        "project.rule.beneficiariesRequired"),
                missing("zero beneficiaries", p -> p.beneficiaries = new Beneficiaries(0, 0, 0, 0, "Play"),
                        "project.rule.beneficiariesRequired"),
                missing("no benefit", p -> p.beneficiaries = new Beneficiaries(1200, 400, 15, 60, "  "),
                        "project.rule.beneficiariesRequired"),
                missing("no consultation date", p -> p.consultation = new Consultation(null, 85, "Build it"),
                        "project.rule.consultationRequired"),
                missing("no participants", p -> p.consultation = new Consultation(LocalDate.parse("2026-02-14"),
                        null, "Build it"), "project.rule.consultationRequired"),
                missing("zero participants", p -> p.consultation = new Consultation(LocalDate.parse("2026-02-14"),
                        0, "Build it"), "project.rule.consultationRequired"),
                missing("no decision", p -> p.consultation = new Consultation(LocalDate.parse("2026-02-14"), 85,
                        ""), "project.rule.consultationRequired"),
                missing("no budget", p -> p.budget = List.of(), "project.rule.budgetRequired"),
                missing("no milestones", p -> p.milestones = List.of(), "project.rule.milestonesRequired"),
                missing("no indicators", p -> p.indicators = List.of(), "project.rule.indicatorsRequired"));
    }

    private static Arguments missing(String name, Consumer<Proposal> change, String key) {
        return Arguments.of(name, change, key);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("missingFields")
    void eachMissingFieldIsItsOwnProblem(String name, Consumer<Proposal> change, String key) {
        Proposal proposal = new Proposal();
        change.accept(proposal);

        assertEquals(List.of(key), keys(edited(proposal).problems(true)));
    }

    @ParameterizedTest(name = "children {0}, with disabilities {1}, vulnerable families {2} of 1200: {3}")
    @CsvSource({
            "1201, 15,   60,   project.rule.beneficiariesExceedTotal",
            "400,  1201, 60,   project.rule.beneficiariesExceedTotal",
            "400,  15,   1201, project.rule.beneficiariesExceedTotal",
            "1200, 1200, 1200, ''",
            ",     ,     ,     ''"
    })
    void noPartOfTheBeneficiariesMayExceedTheTotal(Integer children, Integer disabled, Integer vulnerable,
                                                   String expected) {
        Proposal proposal = new Proposal();
        proposal.beneficiaries = new Beneficiaries(1200, children, disabled, vulnerable, "A safe place to play");

        assertEquals(keys(expected), keys(edited(proposal).problems(true)));
    }

    /**
     * The money rules against the fixture call (maximum grant 3 000 000, local share at least 20 %), for a
     * budget of one line and three contributions.
     */
    @ParameterizedTest(name = "budget {0}, grant {1}, district {2}, community {3}: {4}")
    @CsvSource({
            // budget, grant,   district, community, problems
            "1000000,  800000,  200000,   0,      ''",
            "1000000,  800000,  100000,   100000, ''",
            "1000000,  750000,  200000,   0,      project.rule.totalsDiffer",
            "1000000,  800000,  250000,   0,      project.rule.totalsDiffer",
            "1000000,  810000,  190000,   0,      project.rule.localShareTooLow",
            "1000000,  800001,  199999,   0,      project.rule.localShareTooLow",
            "1000000,  1000000, 0,        0,      project.rule.localShareTooLow",
            "1000000,  0,       1000000,  0,      project.rule.grantRequired",
            "3750000,  3000000, 750000,   0,      ''",
            "4000000,  3000001, 999999,   0,      project.rule.grantAboveMaximum",
            "5000000,  4000000, 1000000,  0,      project.rule.grantAboveMaximum",
            "1000000,  900000,  50000,    0,      project.rule.totalsDiffer | project.rule.localShareTooLow",
            "1000000,  0,       0,        0,      project.rule.totalsDiffer | project.rule.grantRequired"
    })
    void theMoneyMustAddUpStayUnderTheMaximumGrantAndCarryTheLocalShare(long budget, long grant, long district,
                                                                        long community, String expected) {
        Proposal proposal = new Proposal();
        proposal.budget = List.of(Proposal.line("Works", "1", budget));
        proposal.funding = List.of(new Contribution(FundingSource.PROGRAMME_GRANT, grant),
                new Contribution(FundingSource.DISTRICT_BUDGET, district),
                new Contribution(FundingSource.COMMUNITY, community));

        assertEquals(keys(expected), keys(edited(proposal).problems(true)));
    }

    @Test
    void totalsThatDoNotAddUpNameTheCostAndTheFunding() {
        Proposal proposal = new Proposal();
        proposal.funding = List.of(new Contribution(FundingSource.PROGRAMME_GRANT, 800_000),
                new Contribution(FundingSource.COMMUNITY, 250_000));

        assertEquals(List.of(Problem.of("project.rule.totalsDiffer", 1_000_000L, 1_050_000L)),
                edited(proposal).problems(true));
    }

    @Test
    void aGrantAboveTheMaximumNamesTheGrantAndTheMaximum() {
        Proposal proposal = new Proposal();
        proposal.budget = List.of(Proposal.line("Works", "1", 4_000_000));
        proposal.funding = List.of(new Contribution(FundingSource.PROGRAMME_GRANT, 3_200_000),
                new Contribution(FundingSource.DISTRICT_BUDGET, 800_000));

        assertEquals(List.of(Problem.of("project.rule.grantAboveMaximum", 3_200_000L, 3_000_000L)),
                edited(proposal).problems(true));
    }

    @Test
    void aLocalShareBelowTheMinimumNamesTheMinimumAndTheShareRoundedDown() {
        Proposal proposal = new Proposal();
        proposal.funding = List.of(new Contribution(FundingSource.PROGRAMME_GRANT, 800_001),
                new Contribution(FundingSource.DISTRICT_BUDGET, 199_999));

        assertEquals(List.of(Problem.of("project.rule.localShareTooLow", 20, 19L)), edited(proposal).problems(true));
    }

    @Test
    void aLocalShareOfExactlyTheMinimumPasses() {
        Project project = edited(new Proposal()); // 200 000 of 1 000 000 from local sources

        assertEquals(20, project.localSharePercent());
        assertEquals(List.of(), project.problems(true));
    }

    // ---------------------------------------------------------------- submit

    @Test
    void submitSendsACompleteProposalToTheEndorsementStep() {
        Project project = edited(new Proposal());

        project.submit(DURING, AT, true);

        assertEquals(ProjectStatus.IN_REVIEW, project.getStatus());
        assertEquals(ENDORSEMENT, project.getStepPosition());
        assertEquals("endorsement", project.currentStep().getCode());
        assertEquals(AT, project.getSubmittedAt());
        assertEquals(1, project.getRound());
    }

    @Test
    void submitRefusesAnIncompleteProposalListingAllItsProblems() {
        Project project = draft();

        ProposalRulesException refused = assertThrows(ProposalRulesException.class,
                () -> project.submit(DURING, AT, false));

        assertEquals("project.rule.notReady", refused.getMessageKey());
        assertEquals(List.of(9), refused.getArguments());
        assertEquals(project.problems(false), refused.getProblems());
        assertEquals(ProjectStatus.DRAFT, project.getStatus());
        assertEquals(SUBMISSION, project.getStepPosition());
        assertNull(project.getSubmittedAt());
    }

    @Test
    void submitRefusesAProposalWithoutMinutes() {
        Project project = edited(new Proposal());

        ProposalRulesException refused = assertThrows(ProposalRulesException.class,
                () -> project.submit(DURING, AT, false));

        assertEquals(List.of(Problem.of("project.rule.minutesRequired")), refused.getProblems());
    }

    @ParameterizedTest(name = "submitted on {0}")
    @ValueSource(strings = {"2026-03-01", "2026-05-01", "2027-03-16"})
    void theFirstSubmissionIsRefusedOnADayTheCallIsNotOpen(LocalDate day) {
        Project project = edited(new Proposal());

        assertRefused("project.call.notOpen", () -> project.submit(day, AT, true));
        assertEquals(ProjectStatus.DRAFT, project.getStatus());
    }

    @ParameterizedTest(name = "submitted on {0}")
    @ValueSource(strings = {"2026-03-02", "2026-04-30"})
    void theFirstSubmissionIsAcceptedOnTheFirstAndTheLastDayOfTheCall(LocalDate day) {
        Project project = edited(new Proposal());

        project.submit(day, AT, true);

        assertEquals(ProjectStatus.IN_REVIEW, project.getStatus());
    }

    @Test
    void theFirstSubmissionIsRefusedOnceTheCallIsClosed() {
        Project project = edited(new Proposal());
        call.close();

        assertRefused("project.call.notOpen", () -> project.submit(DURING, AT, true));
    }

    @Test
    void aProposalInReviewCannotBeSubmittedAgain() {
        Project project = projectAt(ENDORSEMENT);

        assertRefused("project.notEditable", () -> project.submit(DURING, AT, true));
    }

    // ---------------------------------------------------------------- the path through the workflow

    @Test
    void aProjectGoesFromSubmissionThroughEveryStepToClosed() {
        Project project = edited(new Proposal());
        Ids.withId(project.getIndicators().get(0), 301L);
        Ids.withId(project.getIndicators().get(1), 302L);

        project.submit(DURING, AT, true);
        assertEquals(ENDORSEMENT, project.getStepPosition());
        assertEquals(ProjectStatus.IN_REVIEW, project.getStatus());

        project.advance();
        assertEquals(APPRAISAL, project.getStepPosition());
        assertEquals(ProjectStatus.IN_REVIEW, project.getStatus());

        project.appraise(GOOD_SCORES);
        project.advance();
        assertEquals(DECISION, project.getStepPosition());
        assertEquals(ProjectStatus.IN_REVIEW, project.getStatus());
        assertEquals(0, project.getGrantApproved());

        project.advance();
        assertEquals(IMPLEMENTATION, project.getStepPosition());
        assertEquals(ProjectStatus.IN_IMPLEMENTATION, project.getStatus());
        assertEquals(800_000, project.getGrantApproved());

        project.evaluate(Map.of(301L, new BigDecimal("320"), 302L, new BigDecimal("1")), 1350,
                "  Involve the school from the start. ");
        project.advance();
        assertEquals(EVALUATION, project.getStepPosition());
        assertEquals(ProjectStatus.IN_EVALUATION, project.getStatus());
        assertEquals(1350, project.getPeopleReached());
        assertEquals("Involve the school from the start.", project.getLessonsLearned());
        assertEquals(new BigDecimal("320"), project.getIndicators().get(0).getFinalValue());
        assertTrue(project.getIndicators().get(0).targetMet());
        assertTrue(project.getIndicators().get(1).targetMet());

        project.advance();
        assertEquals(ProjectStatus.CLOSED, project.getStatus());
        assertEquals(EVALUATION, project.getStepPosition());
        assertEquals(1, project.getRound());
    }

    @Test
    void theDecisionApprovesTheGrantRequested() {
        Project project = projectAt(DECISION);

        project.advance();

        assertEquals(project.getGrantRequested(), project.getGrantApproved());
        assertEquals(800_000, project.getGrantApproved());
    }

    @Test
    void aClosedProjectDoesNotMoveAgain() {
        Project project = projectAt(EVALUATION);
        project.advance();

        assertRefused("project.finished", project::advance);
        assertRefused("project.finished", project::returnForRevision);
        assertRefused("project.finished", project::reject);
        assertEquals(ProjectStatus.CLOSED, project.getStatus());
    }

    // ---------------------------------------------------------------- return for revision

    @ParameterizedTest(name = "returned from step {0}")
    @ValueSource(ints = {ENDORSEMENT, APPRAISAL, DECISION})
    void returnForRevisionFromAReviewStepSendsTheProposalBackToTheMayorForASecondRound(int position) {
        Project project = projectAt(position);

        project.returnForRevision();

        assertEquals(SUBMISSION, project.getStepPosition());
        assertEquals(2, project.getRound());
        assertEquals(ProjectStatus.RETURNED, project.getStatus());
    }

    @Test
    void aReturnedProposalCanBeEditedAgain() {
        Project project = projectAt(ENDORSEMENT);
        project.returnForRevision();
        Proposal changed = new Proposal();
        changed.solution = "Build a fenced playground and plant trees.";

        project.edit(changed.content());

        assertEquals("Build a fenced playground and plant trees.", project.getSolution());
    }

    @Test
    void aReturnedProposalCanBeResubmittedAfterTheCallClosed() {
        Project project = projectAt(APPRAISAL);
        project.returnForRevision();
        project.getCall().close();
        Instant later = Instant.parse("2026-06-01T06:00:00Z");

        project.submit(LocalDate.parse("2026-06-01"), later, true);

        assertEquals(ENDORSEMENT, project.getStepPosition());
        assertEquals(ProjectStatus.IN_REVIEW, project.getStatus());
        assertEquals(2, project.getRound());
        assertEquals(later, project.getSubmittedAt());
    }

    @Test
    void aResubmissionMustStillMeetTheRules() {
        Project project = projectAt(ENDORSEMENT);
        project.returnForRevision();
        Proposal broken = new Proposal();
        broken.milestones = List.of();
        project.edit(broken.content());

        ProposalRulesException refused = assertThrows(ProposalRulesException.class,
                () -> project.submit(CLOSES.plusDays(10), AT, true));

        assertEquals(List.of("project.rule.milestonesRequired"), keys(refused.getProblems()));
        assertEquals(ProjectStatus.RETURNED, project.getStatus());
    }

    @Test
    void eachReturnStartsAnotherRound() {
        Project project = projectAt(ENDORSEMENT);
        project.returnForRevision();
        project.submit(DURING, AT, true);

        project.returnForRevision();

        assertEquals(3, project.getRound());
        assertEquals(ProjectStatus.RETURNED, project.getStatus());
    }

    @Test
    void returnForRevisionFromEvaluationGoesBackToImplementation() {
        Project project = projectAt(EVALUATION);

        project.returnForRevision();

        assertEquals(IMPLEMENTATION, project.getStepPosition());
        assertEquals(ProjectStatus.IN_IMPLEMENTATION, project.getStatus());
        assertEquals(1, project.getRound());
    }

    @ParameterizedTest(name = "at step {0}")
    @ValueSource(ints = {SUBMISSION, IMPLEMENTATION})
    void returnForRevisionIsRefusedWhereThereIsNothingToReturn(int position) {
        Project project = projectAt(position);
        ProjectStatus before = project.getStatus();

        assertRefused("project.cannotReturn", project::returnForRevision);
        assertEquals(position, project.getStepPosition());
        assertEquals(before, project.getStatus());
    }

    // ---------------------------------------------------------------- reject

    @ParameterizedTest(name = "rejected at step {0}")
    @ValueSource(ints = {ENDORSEMENT, APPRAISAL, DECISION})
    void rejectAtAReviewStepIsFinal(int position) {
        Project project = projectAt(position);

        project.reject();

        assertEquals(ProjectStatus.REJECTED, project.getStatus());
        assertRefused("project.finished", project::advance);
        assertRefused("project.finished", project::returnForRevision);
        assertRefused("project.finished", project::reject);
        assertRefused("project.notEditable", () -> project.submit(DURING, AT, true));
        assertEquals(ProjectStatus.REJECTED, project.getStatus());
        assertEquals(position, project.getStepPosition());
    }

    @ParameterizedTest(name = "at step {0}")
    @ValueSource(ints = {SUBMISSION, IMPLEMENTATION, EVALUATION})
    void rejectIsRefusedOutsideTheReviewSteps(int position) {
        Project project = projectAt(position);
        ProjectStatus before = project.getStatus();

        assertRefused("project.cannotReject", project::reject);
        assertEquals(before, project.getStatus());
    }

    // ---------------------------------------------------------------- appraisal

    @Test
    void appraiseRecordsThePointsOfEachCriterionInTheOrderOfTheCall() {
        Project project = projectAt(APPRAISAL);

        project.appraise(GOOD_SCORES);

        assertEquals(List.of("Need", "Feasibility", "Community support"),
                project.getScores().stream().map(Score::getCriterion).toList());
        assertEquals(List.of(35, 20, 25), project.getScores().stream().map(Score::getPoints).toList());
        assertEquals(80, project.scoreTotal());
        assertEquals(100, project.scoreMaximum());
    }

    @Test
    void aNewAppraisalReplacesTheEarlierOne() {
        Project project = projectAt(APPRAISAL);
        project.appraise(GOOD_SCORES);

        project.appraise(Map.of("Need", 40, "Feasibility", 30, "Community support", 0));

        assertEquals(3, project.getScores().size());
        assertEquals(70, project.scoreTotal());
    }

    @ParameterizedTest(name = "Need {0} is refused")
    @ValueSource(ints = {41, 100, -1})
    void appraiseRefusesPointsOutsideACriterionsRange(int need) {
        Project project = projectAt(APPRAISAL);
        project.appraise(GOOD_SCORES);
        Map<String, Integer> points = new HashMap<>(GOOD_SCORES);
        points.put("Need", need);

        DomainException refused = assertRefused("project.appraisal.pointsRange", () -> project.appraise(points));

        assertEquals(List.of("Need", 40), refused.getArguments());
        assertEquals(80, project.scoreTotal(), "the earlier appraisal stays");
    }

    @Test
    void appraiseAcceptsTheMaximumOfEachCriterion() {
        Project project = projectAt(APPRAISAL);

        project.appraise(Map.of("Need", 40, "Feasibility", 30, "Community support", 30));

        assertEquals(100, project.scoreTotal());
    }

    @Test
    void appraiseRefusesASheetWithoutACriterion() {
        Project project = projectAt(APPRAISAL);

        DomainException refused = assertRefused("project.appraisal.pointsRange",
                () -> project.appraise(Map.of("Need", 30, "Community support", 20)));

        assertEquals(List.of("Feasibility", 30), refused.getArguments());
        assertEquals(List.of(), project.getScores());
    }

    @ParameterizedTest(name = "at step {0}")
    @ValueSource(ints = {SUBMISSION, ENDORSEMENT, DECISION, IMPLEMENTATION})
    void appraiseIsRefusedOutsideTheAppraisalStep(int position) {
        Project project = projectAt(position);

        assertRefused("project.appraisal.notNow", () -> project.appraise(GOOD_SCORES));
    }

    // ---------------------------------------------------------------- evaluation

    @Test
    void evaluateNeedsAFinalValueForEveryIndicator() {
        Project project = projectAt(IMPLEMENTATION);
        Ids.withId(project.getIndicators().get(0), 301L);
        Ids.withId(project.getIndicators().get(1), 302L);

        DomainException refused = assertRefused("project.evaluation.indicatorRequired",
                () -> project.evaluate(Map.of(301L, BigDecimal.TEN), 100, "Lessons"));

        assertEquals(List.of("Injuries on the old site"), refused.getArguments());
    }

    @Test
    void evaluateNeedsLessonsLearned() {
        Project project = projectAt(IMPLEMENTATION);

        assertRefused("project.evaluation.lessonsRequired", () -> project.evaluate(Map.of(), 100, "  "));
        assertNull(project.getPeopleReached());
    }

    @Test
    void evaluateRefusesANegativeNumberOfPeopleReached() {
        Project project = projectAt(IMPLEMENTATION);

        assertRefused("project.beneficiaries.negative", () -> project.evaluate(Map.of(), -1, "Lessons"));
    }

    @ParameterizedTest(name = "at step {0}")
    @ValueSource(ints = {DECISION, EVALUATION})
    void evaluateIsRefusedOutsideImplementation(int position) {
        Project project = projectAt(position);

        assertRefused("project.evaluation.notNow", () -> project.evaluate(Map.of(), 100, "Lessons"));
    }

    // ---------------------------------------------------------------- reference

    @Test
    void theReferenceIsTheYearOfCreationAndTheIdInSixDigits() {
        Project project = draft();
        Reflection.set(project, org.birge.portal.shared.domain.VersionedEntity.class, "createdAt",
                Instant.parse("2026-03-16T05:30:00Z"));

        assertEquals("P-2026-001050", project.reference());
    }

    @Test
    void aRunningProjectKeepsTheRulesOfTheWorkflowVersionItStartedOn() {
        Project project = projectAt(DECISION);
        WorkflowDefinition started = project.getWorkflow();
        WorkflowDefinition next = started.nextVersion(List.of(new int[] {10, 1}, new int[] {5, 1},
                new int[] {10, 1}, new int[] {10, 1}, new int[] {65, 1}, new int[] {10, 1}));
        next.publish(AT);
        started.supersede();

        assertSame(started, project.getWorkflow());
        assertEquals(2, project.currentStep().getRequiredApprovals());
    }
}
