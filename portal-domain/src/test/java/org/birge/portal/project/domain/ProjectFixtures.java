package org.birge.portal.project.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.DistrictKind;
import org.birge.portal.org.domain.Region;
import org.birge.portal.shared.domain.LocalizedName;
import org.birge.portal.testsupport.Ids;

/**
 * Calls, workflows and proposals for the project tests: a region and a district with the ids the database
 * would give them, a published call open in March and April 2026, the default local-initiative workflow,
 * and a complete proposal that can be submitted.
 */
final class ProjectFixtures {

    static final LocalDate OPENS = LocalDate.parse("2026-03-02");
    static final LocalDate CLOSES = LocalDate.parse("2026-04-30");
    /** A day on which the call is open. */
    static final LocalDate DURING = LocalDate.parse("2026-03-16");
    static final Instant AT = Instant.parse("2026-03-16T05:30:00Z");

    static final long ENVELOPE = 50_000_000;
    static final long MAX_GRANT = 3_000_000;
    static final int MIN_SHARE = 20;

    static final Criterion NEED = new Criterion("Need", 40);
    static final Criterion FEASIBILITY = new Criterion("Feasibility", 30);
    static final Criterion COMMUNITY = new Criterion("Community support", 30);

    /** The appraisal of the fixture call, each criterion within its maximum. */
    static final Map<String, Integer> GOOD_SCORES = Map.of("Need", 35, "Feasibility", 20, "Community support", 25);

    private ProjectFixtures() {
    }

    static LocalizedName name(String en) {
        return new LocalizedName(en + " (kk)", en + " (ru)", en);
    }

    static Region region(long id, String code) {
        return Ids.withId(new Region(code, name(code)), id);
    }

    static District district(long id, String code, Region region) {
        return Ids.withId(new District(code, name(code), DistrictKind.DISTRICT, region), id);
    }

    static GrantCall.Terms terms(List<Region> regions) {
        return new GrantCall.Terms("Local initiatives 2026", "Small works chosen by residents", ENVELOPE, MAX_GRANT,
                MIN_SHARE, OPENS, CLOSES, regions, List.of(NEED, FEASIBILITY, COMMUNITY));
    }

    static GrantCall draftCall(Region... regions) {
        return new GrantCall(terms(List.of(regions)));
    }

    static GrantCall publishedCall(Region... regions) {
        GrantCall call = draftCall(regions);
        call.publish();
        return call;
    }

    static StepDefinition step(String code, StepKind kind, Responsible responsible, int slaDays, int approvals,
                               WorkflowAction... actions) {
        EnumSet<WorkflowAction> set = EnumSet.noneOf(WorkflowAction.class);
        set.addAll(List.of(actions));
        return new StepDefinition(code, kind, responsible, set, slaDays, approvals);
    }

    /** The steps of the default local-initiative workflow, as the first migration inserts them. */
    static List<StepDefinition> defaultSteps() {
        WorkflowAction approve = WorkflowAction.APPROVE;
        WorkflowAction ret = WorkflowAction.RETURN;
        WorkflowAction reject = WorkflowAction.REJECT;
        WorkflowAction comment = WorkflowAction.COMMENT;
        return List.of(
                step("submission", StepKind.SUBMISSION, Responsible.DISTRICT_MAYOR, 10, 1, WorkflowAction.SUBMIT),
                step("endorsement", StepKind.REVIEW, Responsible.REGION_GOVERNOR, 5, 1, approve, ret, reject, comment),
                step("appraisal", StepKind.APPRAISAL, Responsible.PROJECT_MANAGER, 10, 1, approve, ret, reject,
                        comment),
                step("grant-decision", StepKind.DECISION, Responsible.PROJECT_MANAGER, 10, 2, approve, ret, reject,
                        comment),
                step("implementation", StepKind.IMPLEMENTATION, Responsible.DISTRICT_MAYOR, 65, 1,
                        WorkflowAction.SUBMIT, comment),
                step("evaluation", StepKind.EVALUATION, Responsible.PROJECT_MANAGER, 10, 1, approve, ret, comment));
    }

    static WorkflowDefinition draftWorkflow() {
        return new WorkflowDefinition(WorkflowDefinition.LOCAL_INITIATIVE, name("Local initiative grant"), 1,
                defaultSteps());
    }

    static WorkflowDefinition publishedWorkflow() {
        WorkflowDefinition workflow = draftWorkflow();
        workflow.publish(Instant.parse("2026-01-05T04:00:00Z"));
        return workflow;
    }

    /**
     * What a mayor types for a complete proposal: 1 000 000 tenge of budget, 800 000 asked from the
     * programme and 200 000 (exactly the minimum 20 %) from local sources. Fields are open for a test to
     * break one rule at a time.
     */
    static final class Proposal {
        String title = "Playground in Zaisan";
        String problem = "The children of the old quarter have nowhere safe to play.";
        String solution = "Build a fenced playground with rubber tiles next to school No. 3.";
        Beneficiaries beneficiaries = new Beneficiaries(1200, 400, 15, 60, "A safe place to play");
        Consultation consultation = new Consultation(LocalDate.parse("2026-02-14"), 85,
                "Build the playground first");
        List<BudgetLine.Item> budget = new ArrayList<>(List.of(
                line("Installation of playground equipment", "1", 600_000),
                new BudgetLine.Item(null, BudgetCategory.MATERIALS, "Rubber tiles, m²", new BigDecimal("120.5"),
                        2_500),
                new BudgetLine.Item(null, BudgetCategory.SERVICES, "Design and supervision", BigDecimal.ONE,
                        98_750)));
        List<Contribution> funding = new ArrayList<>(List.of(
                new Contribution(FundingSource.PROGRAMME_GRANT, 800_000),
                new Contribution(FundingSource.DISTRICT_BUDGET, 150_000),
                new Contribution(FundingSource.COMMUNITY, 50_000)));
        List<Milestone.Item> milestones = new ArrayList<>(List.of(
                new Milestone.Item(null, "Contract signed", LocalDate.parse("2026-06-15")),
                new Milestone.Item(null, "Playground opened", LocalDate.parse("2026-09-01"))));
        List<Indicator.Item> indicators = new ArrayList<>(List.of(
                new Indicator.Item(null, "Children using the playground weekly", "children", BigDecimal.ZERO,
                        new BigDecimal("300")),
                new Indicator.Item(null, "Injuries on the old site", "per year", new BigDecimal("12"),
                        new BigDecimal("2"))));

        static BudgetLine.Item line(String description, String quantity, long unitCost) {
            return new BudgetLine.Item(null, BudgetCategory.WORKS, description, new BigDecimal(quantity), unitCost);
        }

        Project.Content content() {
            return new Project.Content(title, problem, solution, beneficiaries, consultation, budget, funding,
                    milestones, indicators);
        }
    }

    /** A new draft of a district of {@code region} on the published default workflow. */
    static Project draft(District district, GrantCall call) {
        return new Project(district, call, publishedWorkflow(), "Playground in Zaisan");
    }

    /** A project in the fixture region, complete, with id 1050, moved on to the step at {@code position}. */
    static Project projectAt(int position) {
        return projectAt(position, publishedWorkflow());
    }

    static Project projectAt(int position, WorkflowDefinition workflow) {
        Region east = region(1000L, "EKR");
        District zaisan = district(2000L, "ZAISAN", east);
        Project project = Ids.withId(new Project(zaisan, publishedCall(east), workflow, "Playground in Zaisan"),
                1050L);
        project.edit(new Proposal().content());
        if (position == 0) {
            return project;
        }
        project.submit(DURING, AT, true);
        while (project.getStepPosition() < position) {
            if (project.currentStep().getKind() == StepKind.APPRAISAL) {
                project.appraise(GOOD_SCORES);
            }
            project.advance();
        }
        return project;
    }
}
