package org.birge.portal.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.birge.portal.notify.service.NotificationRow;
import org.birge.portal.notify.service.NotificationService;
import org.birge.portal.project.domain.AttachmentPurpose;
import org.birge.portal.project.domain.BudgetCategory;
import org.birge.portal.project.domain.FundingSource;
import org.birge.portal.project.domain.WorkflowAction;
import org.birge.portal.project.service.AttachmentService;
import org.birge.portal.project.service.ProposalDraft;
import org.birge.portal.project.service.ProposalService;
import org.birge.portal.project.service.SaveResult;
import org.birge.portal.project.service.TaskRow;
import org.birge.portal.project.service.WorkflowService;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.PortalClock;

/**
 * The steps people take on a project, each through the services as that person: a mayor's proposal from
 * the first draft to its submission, someone's tasks and their action, someone's notifications about a
 * project. Call it outside a {@link TestSignIn#as} block: it signs in and out itself.
 */
final class ProjectJourney {

    static final String MAYOR = "mayor";
    static final String GOVERNOR = "governor";
    static final String PM = "project-manager";
    static final String ADMIN = "admin";

    private static final PageRequest ALL = PageRequest.of(0, PageRequest.MAX_SIZE);

    private final TestSignIn signIn;
    private final ProposalService proposals;
    private final AttachmentService attachments;
    private final WorkflowService workflow;
    private final NotificationService notifications;

    ProjectJourney(TestSignIn signIn, ProposalService proposals, AttachmentService attachments,
                   WorkflowService workflow, NotificationService notifications) {
        this.signIn = signIn;
        this.proposals = proposals;
        this.attachments = attachments;
        this.workflow = workflow;
        this.notifications = notifications;
    }

    /** A small file that is a PDF by its first bytes. */
    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** A small file that is a JPEG by its first bytes. */
    static byte[] jpeg() {
        byte[] bytes = new byte[64];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        bytes[3] = (byte) 0xE0;
        Arrays.fill(bytes, 4, 62, (byte) 0x11);
        bytes[62] = (byte) 0xFF;
        bytes[63] = (byte) 0xD9;
        return bytes;
    }

    /**
     * Fills the form as a mayor would for a complete proposal: one budget line of {@link ProjectSetup#COST},
     * {@code grant} from the programme and the rest from the district (70 %) and the community, one
     * milestone, one indicator, the beneficiaries and the consultation. The minutes are a separate upload.
     */
    static ProposalDraft fill(ProposalDraft draft, long grant) {
        LocalDate today = PortalClock.today();
        draft.setProblem("The children of the village have nowhere to play");
        draft.setSolution("A playground next to the school");
        draft.setBeneficiaries(500);
        draft.setChildren(200);
        draft.setWithDisabilities(10);
        draft.setVulnerableFamilies(30);
        draft.setBenefit("A safe place to play");
        draft.setConsultedOn(today.minusDays(10));
        draft.setConsultedPeople(80);
        draft.setConsultationDecision("The residents chose the playground");
        draft.getLines().clear();
        ProposalDraft.Line line = new ProposalDraft.Line();
        line.setCategory(BudgetCategory.EQUIPMENT);
        line.setDescription("Playground equipment");
        line.setQuantity(BigDecimal.valueOf(2));
        line.setUnitCost(ProjectSetup.COST / 2);
        draft.getLines().add(line);
        long local = ProjectSetup.COST - grant;
        fund(draft, FundingSource.PROGRAMME_GRANT, grant);
        fund(draft, FundingSource.DISTRICT_BUDGET, local * 7 / 10);
        fund(draft, FundingSource.COMMUNITY, local - local * 7 / 10);
        fund(draft, FundingSource.PRIVATE, null);
        draft.getMilestones().clear();
        ProposalDraft.Step step = new ProposalDraft.Step();
        step.setTitle("Equipment installed");
        step.setDueOn(today.plusDays(60));
        draft.getMilestones().add(step);
        draft.getIndicators().clear();
        ProposalDraft.Measure measure = new ProposalDraft.Measure();
        measure.setName("Children playing there each day");
        measure.setUnit("children");
        measure.setBaseline(BigDecimal.ZERO);
        measure.setTarget(BigDecimal.valueOf(50));
        draft.getIndicators().add(measure);
        return draft;
    }

    /** Sets the amount of one source of funding in the form (null clears it). */
    static void fund(ProposalDraft draft, FundingSource source, Long amount) {
        draft.getFunding().stream().filter(f -> f.getSource() == source).findFirst()
                .orElseGet(() -> {
                    ProposalDraft.Funding row = new ProposalDraft.Funding(source, null);
                    draft.getFunding().add(row);
                    return row;
                }).setAmount(amount);
    }

    long start(String mayor, long callId, String title) throws Exception {
        return signIn.as(mayor, MAYOR, () -> proposals.start(callId, title));
    }

    ProposalDraft draft(String mayor, long projectId) throws Exception {
        return signIn.as(mayor, MAYOR, () -> proposals.draft(projectId));
    }

    SaveResult save(String mayor, ProposalDraft draft) throws Exception {
        return signIn.as(mayor, MAYOR, () -> proposals.save(draft));
    }

    long attach(String mayor, long projectId, AttachmentPurpose purpose, String fileName, byte[] content)
            throws Exception {
        return signIn.as(mayor, MAYOR, () -> attachments.attach(projectId, purpose, null, fileName, content));
    }

    long attachMinutes(String mayor, long projectId) throws Exception {
        return attach(mayor, projectId, AttachmentPurpose.MINUTES, "minutes.pdf", pdf());
    }

    /** Submits at the version the mayor's form holds now. */
    SaveResult submit(String mayor, long projectId) throws Exception {
        long version = draft(mayor, projectId).getVersion();
        return signIn.as(mayor, MAYOR, () -> proposals.submit(projectId, version));
    }

    /** A started, complete and saved proposal with its minutes attached, ready to submit. */
    long ready(String mayor, long callId, String title) throws Exception {
        long id = start(mayor, callId, title);
        SaveResult saved = save(mayor, fill(draft(mayor, id), ProjectSetup.GRANT));
        assertEquals(List.of("project.rule.minutesRequired"), keys(saved.problems()),
                "the complete proposal lacks only its minutes");
        attachMinutes(mayor, id);
        return id;
    }

    /** A proposal submitted through the services; it waits for the region's governor. */
    long submitted(String mayor, long callId, String title) throws Exception {
        long id = ready(mayor, callId, title);
        submit(mayor, id);
        return id;
    }

    static List<String> keys(List<? extends org.birge.portal.shared.domain.Localizable> problems) {
        return problems.stream().map(org.birge.portal.shared.domain.Localizable::getMessageKey).toList();
    }

    List<TaskRow> myTasks(String username, String role) throws Exception {
        return signIn.as(username, role, () -> workflow.myTasks(ALL).rows());
    }

    /** The caller's tasks of one project. */
    List<TaskRow> myTasks(String username, String role, long projectId) throws Exception {
        return myTasks(username, role).stream().filter(t -> t.projectId() == projectId).toList();
    }

    /** The one task of the project in the caller's list; fails when there is none or more. */
    TaskRow myTask(String username, String role, long projectId) throws Exception {
        List<TaskRow> tasks = myTasks(username, role, projectId);
        assertEquals(1, tasks.size(), () -> username + " has one task of project " + projectId + ": " + tasks);
        return tasks.get(0);
    }

    WorkflowService.Outcome act(String username, String role, long taskId, long version, WorkflowAction action,
                                String comment, Map<String, Integer> scores) throws Exception {
        return signIn.as(username, role, () -> workflow.act(taskId, version, action, comment, scores));
    }

    /** Acts on the caller's one task of the project, at the version their list shows. */
    WorkflowService.Outcome actOnMyTask(String username, String role, long projectId, WorkflowAction action,
                                        String comment, Map<String, Integer> scores) throws Exception {
        TaskRow task = myTask(username, role, projectId);
        return act(username, role, task.id(), task.version(), action, comment, scores);
    }

    /** The caller's notifications about one project, the newest first. */
    List<NotificationRow> notes(String username, String role, long projectId) throws Exception {
        List<NotificationRow> rows = signIn.as(username, role, () -> notifications.mine(ALL).rows());
        List<NotificationRow> about = new ArrayList<>();
        for (NotificationRow row : rows) {
            if (row.link() != null && row.link().endsWith("id=" + projectId)) {
                about.add(row);
            }
        }
        return about;
    }

    /** "kind/messageKey" of the caller's notifications about the project, the oldest first. */
    List<String> noteKinds(String username, String role, long projectId) throws Exception {
        List<String> kinds = new ArrayList<>(notes(username, role, projectId).stream()
                .map(n -> n.kind() + "/" + n.messageKey()).toList());
        java.util.Collections.reverse(kinds);
        return kinds;
    }
}
