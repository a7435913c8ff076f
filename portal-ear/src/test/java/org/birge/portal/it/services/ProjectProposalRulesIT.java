package org.birge.portal.it.services;

import static org.birge.portal.it.services.ProjectJourney.MAYOR;
import static org.birge.portal.it.services.ProjectJourney.PM;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.birge.portal.notify.service.NotificationService;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Region;
import org.birge.portal.org.domain.Role;
import org.birge.portal.project.domain.AttachmentPurpose;
import org.birge.portal.project.domain.CallStatus;
import org.birge.portal.project.domain.FundingSource;
import org.birge.portal.project.domain.Problem;
import org.birge.portal.project.domain.ProjectStatus;
import org.birge.portal.project.domain.ProposalRulesException;
import org.birge.portal.project.service.AttachmentService;
import org.birge.portal.project.service.CallRow;
import org.birge.portal.project.service.GrantCallService;
import org.birge.portal.project.service.ProjectService;
import org.birge.portal.project.service.ProjectView;
import org.birge.portal.project.service.ProposalDraft;
import org.birge.portal.project.service.ProposalService;
import org.birge.portal.project.service.SaveResult;
import org.birge.portal.project.service.WorkflowService;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.FileType;
import org.birge.portal.shared.service.ConcurrentChangeException;
import org.birge.portal.shared.service.PortalClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The rules a proposal must meet against its call before it can be submitted: the grant at most the
 * call's maximum, the local share at least its minimum, the funding adding up to the budget, the minutes
 * of the consultation attached, the call open. A save stores the draft whatever it lacks and tells what it
 * lacks; a submission that breaks a rule changes nothing. Uploads are checked by their content and size.
 */
@ExtendWith(ArquillianExtension.class)
class ProjectProposalRulesIT {

    /** The call of these tests: at most 1,000,000 from the programme, at least 20 % local. */
    private static final long MAX_GRANT = 1_000_000;

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("project-proposal-rules-it");
    }

    @EJB
    private GrantCallService calls;

    @EJB
    private ProposalService proposals;

    @EJB
    private AttachmentService attachments;

    @EJB
    private WorkflowService workflow;

    @EJB
    private ProjectService projects;

    @EJB
    private NotificationService notifications;

    @EJB
    private Fixtures fixtures;

    @EJB
    private ProjectSetup setup;

    @Inject
    private TestSignIn signIn;

    private ProjectJourney journey;
    private Region region;
    private District district;
    private String mayor;
    private String pm;
    private long call;

    @BeforeEach
    void people() {
        journey = new ProjectJourney(signIn, proposals, attachments, workflow, notifications);
        region = fixtures.region(Fixtures.unique("R"));
        district = fixtures.district(Fixtures.unique("D"), region);
        mayor = fixtures.newPerson(district, null, Role.MAYOR);
        pm = fixtures.newPerson(null, null, Role.PROJECT_MANAGER);
        call = setup.openCall(MAX_GRANT, 20, region);
    }

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(Problem::messageKey).toList();
    }

    /** A draft filled as a complete proposal within the call (grant 800,000 of 4,000,000), then changed. */
    private ProposalDraft filled(long id, Consumer<ProposalDraft> change) throws Exception {
        ProposalDraft form = ProjectJourney.fill(journey.draft(mayor, id), 800_000);
        change.accept(form);
        return form;
    }

    private ProjectView view(long id) throws Exception {
        return signIn.as(mayor, MAYOR, () -> projects.view(id));
    }

    @Test
    void aSubmissionBreakingTheRulesIsRefusedWithEveryProblemAndChangesNothingWhileTheSaveKeepsTheDraft()
            throws Exception {
        long id = journey.start(mayor, call, "Playground " + Fixtures.unique("P"));
        // 2,000,000 asked of a 1,000,000 maximum, 100,000 local (4 %), 2,100,000 funded of a 4,000,000 budget,
        // and no minutes.
        ProposalDraft form = filled(id, f -> {
            ProjectJourney.fund(f, FundingSource.PROGRAMME_GRANT, 2_000_000L);
            ProjectJourney.fund(f, FundingSource.DISTRICT_BUDGET, 100_000L);
            ProjectJourney.fund(f, FundingSource.COMMUNITY, null);
            f.getLines().get(0).setDescription("Swings, slides and a fence");
            f.getLines().get(0).setQuantity(new BigDecimal("4"));
            f.getLines().get(0).setUnitCost(1_000_000L);
        });
        SaveResult saved = journey.save(mayor, form);
        List<String> expected = List.of("project.rule.minutesRequired", "project.rule.totalsDiffer",
                "project.rule.grantAboveMaximum", "project.rule.localShareTooLow");
        assertEquals(expected, keys(saved.problems()), "the save tells every problem");
        Map<String, List<Object>> arguments = new LinkedHashMap<>();
        saved.problems().forEach(p -> arguments.put(p.messageKey(), p.arguments()));
        assertAll("the problems' figures",
                () -> assertEquals(List.of(4_000_000L, 2_100_000L), arguments.get("project.rule.totalsDiffer")),
                () -> assertEquals(List.of(2_000_000L, MAX_GRANT), arguments.get("project.rule.grantAboveMaximum")),
                () -> assertEquals(List.of(20, 4L), arguments.get("project.rule.localShareTooLow")));

        ProposalDraft stored = journey.draft(mayor, id);
        assertAll("the draft is stored as typed",
                () -> assertEquals(saved.version(), stored.getVersion()),
                () -> assertEquals("Swings, slides and a fence", stored.getLines().get(0).getDescription()),
                () -> assertEquals(0, new BigDecimal("4").compareTo(stored.getLines().get(0).getQuantity())),
                () -> assertEquals(1_000_000L, stored.getLines().get(0).getUnitCost()),
                () -> assertEquals(4_000_000, stored.budgetTotal()),
                () -> assertEquals(2_100_000, stored.fundingTotal()),
                () -> assertEquals(4, stored.localSharePercent()),
                () -> assertEquals("Equipment installed", stored.getMilestones().get(0).getTitle()),
                () -> assertEquals("children", stored.getIndicators().get(0).getUnit()),
                () -> assertEquals(500, stored.getBeneficiaries()),
                () -> assertEquals(80, stored.getConsultedPeople()));
        List<String> audited = setup.auditedActions(id);

        ProposalRulesException refused = assertThrows(ProposalRulesException.class,
                () -> signIn.as(mayor, MAYOR, () -> proposals.submit(id, saved.version())));
        assertInstanceOf(DomainException.class, refused);
        assertEquals("project.rule.notReady", refused.getMessageKey());
        assertEquals(List.of(4), refused.getArguments(), "the number of problems");
        assertEquals(expected, keys(refused.getProblems()), "the refusal lists every problem");
        ProposalDraft after = journey.draft(mayor, id);
        assertAll("nothing changed",
                () -> assertEquals(ProjectStatus.DRAFT, setup.project(id).status()),
                () -> assertEquals(ProjectStatus.DRAFT, view(id).header().status()),
                () -> assertEquals(saved.version(), after.getVersion(), "the version is unchanged"),
                () -> assertEquals(2_100_000, after.fundingTotal()),
                () -> assertEquals(List.of(), setup.tasks(id), "no task was opened"),
                () -> assertEquals(audited, setup.auditedActions(id), "nothing was audited"));
    }

    /**
     * Each rule on its own: a proposal that breaks only that rule is refused for only that reason, and the
     * same proposal with the rule met is submitted.
     */
    @Test
    void eachRuleAloneRefusesTheSubmission() throws Exception {
        Map<String, Consumer<ProposalDraft>> breaks = new LinkedHashMap<>();
        breaks.put("project.rule.grantAboveMaximum", f -> {
            ProjectJourney.fund(f, FundingSource.PROGRAMME_GRANT, MAX_GRANT + 1);
            ProjectJourney.fund(f, FundingSource.DISTRICT_BUDGET, 4_000_000L - MAX_GRANT - 1);
            ProjectJourney.fund(f, FundingSource.COMMUNITY, null);
        });
        breaks.put("project.rule.localShareTooLow", f -> {
            // 3,300,000 + 700,000: 17 % local, with a call whose maximum allows the grant.
            ProjectJourney.fund(f, FundingSource.PROGRAMME_GRANT, 3_300_000L);
            ProjectJourney.fund(f, FundingSource.DISTRICT_BUDGET, 700_000L);
            ProjectJourney.fund(f, FundingSource.COMMUNITY, null);
        });
        breaks.put("project.rule.totalsDiffer", f -> ProjectJourney.fund(f, FundingSource.COMMUNITY, 1L));
        breaks.put("project.rule.minutesRequired", f -> {
        });
        long bigCall = setup.openCall(5_000_000, 20, region);

        List<Executable> checks = new ArrayList<>();
        breaks.forEach((rule, change) -> checks.add(() -> {
            long callId = rule.equals("project.rule.localShareTooLow") ? bigCall : call;
            long id = journey.start(mayor, callId, rule + " " + Fixtures.unique("P"));
            SaveResult saved = journey.save(mayor, filled(id, change));
            if (!rule.equals("project.rule.minutesRequired")) {
                journey.attachMinutes(mayor, id);
            }
            assertEquals(List.of(rule), keys(journey.save(mayor, journey.draft(mayor, id)).problems()),
                    "the save tells only " + rule);
            long version = journey.draft(mayor, id).getVersion();
            ProposalRulesException refused = assertThrows(ProposalRulesException.class,
                    () -> signIn.as(mayor, MAYOR, () -> proposals.submit(id, version)), rule);
            assertEquals(List.of(rule), keys(refused.getProblems()));
            assertEquals(ProjectStatus.DRAFT, setup.project(id).status());
            assertEquals(version, setup.project(id).version(), rule + ": the version is unchanged");
            assertTrue(saved.version() <= version);

            // Met: submitted.
            if (rule.equals("project.rule.minutesRequired")) {
                journey.attachMinutes(mayor, id);
            } else {
                journey.save(mayor, filled(id, f -> {
                }));
            }
            journey.submit(mayor, id);
            assertEquals(ProjectStatus.IN_REVIEW, setup.project(id).status(), rule + " met: submitted");
            assertEquals(1, setup.openTasks(id).size());
        }));
        assertAll("one rule at a time", checks);
    }

    @Test
    void aSaveWithAStaleVersionIsRefusedNamingWhoSaved() throws Exception {
        long id = journey.start(mayor, call, "Playground " + Fixtures.unique("P"));
        ProposalDraft first = filled(id, f -> f.setTitle("First tab"));
        ProposalDraft second = filled(id, f -> f.setTitle("Second tab"));
        journey.save(mayor, first);
        ConcurrentChangeException refused = assertThrows(ConcurrentChangeException.class,
                () -> journey.save(mayor, second));
        assertEquals(List.of(mayor), refused.getArguments());
        assertEquals("First tab", journey.draft(mayor, id).getTitle());
    }

    @Test
    void uploadsAreCheckedByTheirContentAndSize() throws Exception {
        long id = journey.start(mayor, call, "Playground " + Fixtures.unique("P"));
        byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] tooBig = new byte[(int) FileType.MAX_BYTES + 1];
        System.arraycopy(ProjectJourney.pdf(), 0, tooBig, 0, 5);
        byte[] largest = Arrays.copyOf(tooBig, (int) FileType.MAX_BYTES);

        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertRefused("project.attachment.type", () -> journey.attach(mayor, id,
                AttachmentPurpose.MINUTES, "minutes.pdf", html)));
        checks.add(() -> assertRefused("project.attachment.type", () -> journey.attach(mayor, id,
                AttachmentPurpose.DOCUMENT, "report.pdf", "MZ\u0090 not a document".getBytes(StandardCharsets.UTF_8))));
        checks.add(() -> assertRefused("project.attachment.size", () -> journey.attach(mayor, id,
                AttachmentPurpose.MINUTES, "minutes.pdf", tooBig)));
        checks.add(() -> assertRefused("project.attachment.size", () -> journey.attach(mayor, id,
                AttachmentPurpose.MINUTES, "minutes.pdf", new byte[0])));
        checks.add(() -> assertRefused("project.attachment.photoType", () -> journey.attach(mayor, id,
                AttachmentPurpose.PHOTO, "photo.jpg", ProjectJourney.pdf())));
        assertAll("refused uploads", checks);
        assertEquals(List.of(), view(id).attachments(), "no refused file was kept");

        long kept = journey.attach(mayor, id, AttachmentPurpose.MINUTES, "../../etc/minutes of the meeting.pdf",
                largest);
        ProjectView.File file = view(id).attachments().get(0);
        assertAll("the largest file allowed",
                () -> assertEquals(kept, file.id()),
                () -> assertEquals(FileType.MAX_BYTES, file.size()),
                () -> assertEquals("application/pdf", file.mediaType()),
                () -> assertEquals("minutes of the meeting.pdf", file.fileName(), "no path in the name"));
        long photo = journey.attach(mayor, id, AttachmentPurpose.PHOTO, "photo.pdf", ProjectJourney.jpeg());
        assertEquals("photo.jpg", view(id).attachments().stream().filter(f -> f.id() == photo).findFirst()
                .orElseThrow().fileName(), "named by what it is");
    }

    private static void assertRefused(String key, Executable upload) {
        DomainException refused = assertThrows(DomainException.class, upload);
        assertEquals(key, refused.getMessageKey());
    }

    @Test
    void aSubmissionIsRefusedOnceTheCallNoLongerTakesProposals() throws Exception {
        LocalDate today = PortalClock.today();
        long passed = setup.openCall(5_000_000, 20, region);
        long closed = setup.openCall(5_000_000, 20, region);
        long draftOfPassed = setup.draft(district, passed, "Late " + Fixtures.unique("P"));
        long draftOfClosed = setup.draft(district, closed, "Closed " + Fixtures.unique("P"));
        for (long id : List.of(draftOfPassed, draftOfClosed)) {
            journey.attachMinutes(mayor, id);
            assertEquals(List.of(), journey.save(mayor, journey.draft(mayor, id)).problems(), "complete");
        }
        setup.moveCallDates(passed, today.minusDays(30), today.minusDays(1));
        CallRow open = signIn.as(pm, PM, () -> calls.call(closed)).row();
        signIn.as(pm, PM, () -> calls.close(closed, open.version()));

        List<Executable> checks = new ArrayList<>();
        for (long id : List.of(draftOfPassed, draftOfClosed)) {
            checks.add(() -> {
                long version = journey.draft(mayor, id).getVersion();
                assertRefused("project.call.notOpen", () -> signIn.as(mayor, MAYOR, () -> proposals.submit(id,
                        version)));
                assertEquals(ProjectStatus.DRAFT, setup.project(id).status());
                assertEquals(version, setup.project(id).version());
                assertEquals(List.of(), setup.tasks(id));
            });
        }
        checks.add(() -> assertRefused("project.call.notOpen",
                () -> journey.start(mayor, passed, "Too late " + Fixtures.unique("P"))));
        checks.add(() -> assertRefused("project.call.notOpen",
                () -> journey.start(mayor, closed, "Too late " + Fixtures.unique("P"))));
        long future = setup.call(CallStatus.PUBLISHED, today.plusDays(1), today.plusDays(30), 5_000_000, 20,
                region);
        checks.add(() -> assertRefused("project.call.notOpen",
                () -> journey.start(mayor, future, "Too early " + Fixtures.unique("P"))));
        assertAll("a call that no longer takes proposals", checks);
    }
}
