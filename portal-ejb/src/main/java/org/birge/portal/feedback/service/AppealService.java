package org.birge.portal.feedback.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.feedback.domain.Appeal;
import org.birge.portal.feedback.domain.AppealClock;
import org.birge.portal.feedback.domain.AppealRating;
import org.birge.portal.feedback.domain.AppealStatus;
import org.birge.portal.notify.service.NotificationService;
import org.birge.portal.org.domain.District;
import org.birge.portal.org.domain.Official;
import org.birge.portal.org.domain.Role;
import org.birge.portal.org.domain.Scope;
import org.birge.portal.project.domain.Project;
import org.birge.portal.project.service.AttachmentService;
import org.birge.portal.shared.domain.LocalizedName;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.CalendarService;
import org.birge.portal.shared.service.Caller;
import org.birge.portal.shared.service.NotFoundException;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.PortalClock;
import org.birge.portal.shared.service.PortalException;
import org.birge.portal.shared.service.Versions;

/**
 * Residents' appeals to their district under the legal clock. A resident submits and follows their own
 * appeals, rates the answer and may complain to the governor; the mayor of the district the appeal is with
 * answers, extends, redirects, closes and moderates it; the governor of the region oversees overdue appeals
 * and answers complaints. Scope comes from the caller's record, never from a parameter; every change is
 * checked against the version the user saw, audited, and told to the people it concerns in-app.
 */
@Stateless
public class AppealService {

    static final String SUBJECT = "appeal";
    /** At most this many files on one appeal. */
    public static final int MAX_FILES = 5;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static final String ROW = "select new org.birge.portal.feedback.service.AppealRow(a.id, a.reference,"
            + " a.kind, a.category, a.subject, a.status, a.receivedOn, a.dueOn, a.overdueAt, a.answeredAt, a.rating,"
            + " a.complaintAt, a.complaintAnsweredAt, a.publicAppeal, a.hiddenAt, d.code, d.name.kk, d.name.ru,"
            + " d.name.en) from Appeal a, District d where d.id = a.districtId";
    private static final String COUNT = "select count(a) from Appeal a, District d where d.id = a.districtId";

    /** Sort fields the lists may ask for, and the columns they mean; anything else sorts by due date. */
    private static final Map<String, String> SORT = Map.of(
            "dueOn", "a.dueOn", "receivedOn", "a.receivedOn", "reference", "a.reference", "status", "a.status",
            "category", "a.category", "kind", "a.kind", "subject", "a.subject", "submittedAt", "a.submittedAt",
            "district", "d.code");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditService audit;

    @Inject
    private NotificationService notifications;

    @Inject
    private CalendarService calendar;

    @Inject
    private AttachmentService attachments;

    // ------------------------------------------------------------------------------------------- resident

    /**
     * A resident submits an appeal to their district, with up to {@value #MAX_FILES} files (PDF, JPEG,
     * PNG); the reference number is given at once and the district's mayors are told.
     */
    @RolesAllowed(Role.RESIDENT_NAME)
    public AppealReceipt submit(AppealDraft draft, List<AppealUpload> files) {
        Official me = me();
        District district = me.getDistrict();
        if (me.primaryRole().orElse(null) != Role.RESIDENT || district == null) {
            throw new PortalException("feedback.appeal.noDistrict");
        }
        List<AppealUpload> uploads = files == null ? List.of() : files;
        if (uploads.size() > MAX_FILES) {
            throw new PortalException("feedback.appeal.tooManyFiles", MAX_FILES);
        }
        Instant now = Instant.now();
        LocalDate today = PortalClock.dayOf(now);
        long number = ((Number) em.createNativeQuery("select nextval('appeal_ref_seq')").getSingleResult())
                .longValue();
        String reference = district.getCode() + "-" + today.getYear() + "-" + String.format("%06d", number);
        Appeal appeal = new Appeal(reference, district.getId(), me.getUsername(), draft.kind(), draft.category(),
                draft.subject(), draft.body(), draft.writtenIn(), draft.answerIn(), draft.publicAppeal(), now,
                clock(today, today));
        em.persist(appeal);
        em.flush();
        List<String> fileNames = new ArrayList<>();
        for (AppealUpload upload : uploads) {
            long fileId = attachments.attachToAppeal(appeal.getId(), upload.fileName(), upload.content());
            fileNames.add(Long.toString(fileId));
        }
        audit.record("appeal.submitted", SUBJECT, appeal.getId(), null, describe(appeal)
                + (fileNames.isEmpty() ? "" : ", files=" + fileNames), null);
        notifications.notify(notifications.peopleWith(Role.MAYOR, district.getId(), null), "appeal.received",
                "notify.appeal.received", List.of(reference, appeal.getSubject(), date(appeal.getDueOn())),
                mayorLink(appeal));
        return new AppealReceipt(appeal.getId(), reference, appeal.getDueOn());
    }

    /** The caller's own appeals, newest first (or as sorted), paged in the database. */
    @RolesAllowed(Role.RESIDENT_NAME)
    public Page<AppealRow> mine(PageRequest page) {
        String where = " and a.authorUsername = :me";
        String order = page.sortField() == null ? " order by a.submittedAt desc, a.id desc"
                : page.orderBy(SORT, "a.submittedAt", "a.id");
        List<AppealRow> rows = em.createQuery(ROW + where + order, AppealRow.class)
                .setParameter("me", caller.username())
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("select count(a) from Appeal a where a.authorUsername = :me", Long.class)
                .setParameter("me", caller.username()).getSingleResult();
        return new Page<>(rows, total);
    }

    /** The author rates the answer: satisfied, or not (with a comment); the district is told. */
    @RolesAllowed(Role.RESIDENT_NAME)
    public void rate(long id, long seenVersion, AppealRating rating, String comment) {
        Appeal appeal = writable(id, seenVersion, Role.RESIDENT);
        String before = describe(appeal);
        appeal.rate(caller.username(), rating, comment, Instant.now());
        flush(id);
        audit.record("appeal.rated", SUBJECT, id, before, describe(appeal), appeal.getRatingComment());
        notifications.notify(notifications.peopleWith(Role.MAYOR, appeal.getDistrictId(), null), "appeal.rated",
                rating == AppealRating.SATISFIED ? "notify.appeal.ratedSatisfied" : "notify.appeal.ratedNotSatisfied", List.of(appeal.getReference(), appeal.getSubject()), mayorLink(appeal));
    }

    /**
     * The author, not satisfied, complains to the governor within 3 months of the answer: the region's
     * governors get the task.
     */
    @RolesAllowed(Role.RESIDENT_NAME)
    public void complain(long id, long seenVersion, String text) {
        Appeal appeal = writable(id, seenVersion, Role.RESIDENT);
        String before = describe(appeal);
        appeal.complain(caller.username(), text, Instant.now());
        flush(id);
        audit.record("appeal.complained", SUBJECT, id, before, describe(appeal), appeal.getComplaintText());
        notifications.notify(governorsOf(appeal), "appeal.complaint", "notify.appeal.complaint",
                List.of(appeal.getReference(), appeal.getSubject()), governorLink(appeal));
    }

    // ------------------------------------------------------------------------------------------- reading

    /**
     * The appeals of the caller's district (a mayor) or region (a governor), filtered and sorted (by due date
     * unless asked otherwise), paged in the database.
     */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME})
    public Page<AppealRow> inbox(PageRequest page, AppealFilter filter) {
        Scope scope = caller.scope();
        Map<String, Object> parameters = new HashMap<>();
        String where;
        if (scope.kind() == Scope.Kind.DISTRICT && caller.official().flatMap(Official::primaryRole).orElse(null) == Role.MAYOR) {
            where = " and a.districtId = :district";
            parameters.put("district", scope.districtId());
        } else if (scope.kind() == Scope.Kind.REGION) {
            where = " and d.region.id = :region";
            parameters.put("region", scope.regionId());
        } else {
            return new Page<>(List.of(), 0);
        }
        AppealFilter f = filter == null ? AppealFilter.none() : filter;
        if (f.status() != null) {
            where += " and a.status = :status";
            parameters.put("status", f.status());
        }
        if (f.category() != null) {
            where += " and a.category = :category";
            parameters.put("category", f.category());
        }
        if (f.dueFrom() != null) {
            where += " and a.dueOn >= :dueFrom";
            parameters.put("dueFrom", f.dueFrom());
        }
        if (f.dueTo() != null) {
            where += " and a.dueOn <= :dueTo";
            parameters.put("dueTo", f.dueTo());
        }
        if (f.openOnly()) {
            where += " and a.status in :open";
            parameters.put("open", AppealStatus.open());
        }
        if (f.attention()) {
            where += " and ((a.status in :openStates and a.dueOn < :today)"
                    + " or (a.complaintAt is not null and a.complaintAnsweredAt is null))";
            parameters.put("openStates", AppealStatus.open());
            parameters.put("today", PortalClock.today());
        }
        TypedQuery<AppealRow> rows = em.createQuery(ROW + where + page.orderBy(SORT, "a.dueOn", "a.id"),
                AppealRow.class);
        TypedQuery<Long> count = em.createQuery(COUNT + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        return new Page<>(rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    /** One appeal for its author, the mayor of its district or the governor of its region; 403 for anyone else. */
    @RolesAllowed({Role.RESIDENT_NAME, Role.MAYOR_NAME, Role.GOVERNOR_NAME})
    public AppealView appeal(long id) {
        Official me = me();
        Appeal appeal = AppealAccess.readable(em, me, id);
        return view(appeal, me.primaryRole().orElse(null));
    }

    /** The active districts an appeal can be sent on to, or a resident can choose, by code. */
    @RolesAllowed({Role.RESIDENT_NAME, Role.MAYOR_NAME})
    public List<AppealChoice> districtChoices() {
        return em.createQuery("select new org.birge.portal.feedback.service.AppealChoice(d.id, d.code, d.name.kk,"
                        + " d.name.ru, d.name.en) from District d where d.active = true and d.region.active = true"
                        + " order by d.code, d.id", AppealChoice.class)
                .setMaxResults(2000).getResultList();
    }

    /** The projects of the appeal's district the mayor can point the answer to ("we did"), newest first. */
    @RolesAllowed(Role.MAYOR_NAME)
    public List<AppealChoice> projectChoices(long appealId) {
        Appeal appeal = AppealAccess.readable(em, me(), appealId);
        return em.createQuery("select new org.birge.portal.feedback.service.AppealChoice(p.id, '', p.title,"
                        + " p.title, p.title) from Project p where p.district.id = :district order by p.id desc",
                        AppealChoice.class)
                .setParameter("district", appeal.getDistrictId()).setMaxResults(PageRequest.MAX_SIZE).getResultList();
    }

    // ------------------------------------------------------------------------------------------- mayor

    /** The mayor answers an open appeal (text required), optionally pointing to a project of the district. */
    @RolesAllowed(Role.MAYOR_NAME)
    public void answer(long id, long seenVersion, String text, Long projectId) {
        Appeal appeal = writable(id, seenVersion, Role.MAYOR);
        checkProject(appeal, projectId);
        String before = describe(appeal);
        Instant now = Instant.now();
        appeal.answer(text, projectId, caller.username(), now, clock(appeal.getReceivedOn(), PortalClock.dayOf(now)));
        flush(id);
        audit.record("appeal.answered", SUBJECT, id, before, describe(appeal), null);
        notifications.notify(List.of(appeal.getAuthorUsername()), "appeal.answered", "notify.appeal.answered",
                List.of(appeal.getReference(), appeal.getSubject()), residentLink(appeal));
    }

    /**
     * The mayor extends the time to answer once, with a reason, to a date at most 2 months after receipt;
     * the resident is told at once in-app, which is recorded.
     */
    @RolesAllowed(Role.MAYOR_NAME)
    public void extend(long id, long seenVersion, LocalDate newDueOn, String reason) {
        Appeal appeal = writable(id, seenVersion, Role.MAYOR);
        String before = describe(appeal);
        LocalDate today = PortalClock.today();
        appeal.extend(newDueOn, reason, today, clock(today, today));
        flush(id);
        audit.record("appeal.extended", SUBJECT, id, before, describe(appeal), appeal.getExtensionReason());
        notifications.notify(List.of(appeal.getAuthorUsername()), "appeal.extended", "notify.appeal.extended",
                List.of(appeal.getReference(), date(appeal.getDueOn()), appeal.getExtensionReason()),
                residentLink(appeal));
        audit.record("appeal.residentTold", SUBJECT, id, null, "told=" + today + ", toldBy=" + appeal.getToldBy()
                + ", channel=in-app", null);
    }

    /**
     * The mayor sends the appeal on to the right district within 3 working days of receipt; the clock starts
     * again there. The resident and the other district's mayors are told.
     */
    @RolesAllowed(Role.MAYOR_NAME)
    public void redirect(long id, long seenVersion, long toDistrictId, String reason) {
        Appeal appeal = writable(id, seenVersion, Role.MAYOR);
        District to = em.find(District.class, toDistrictId);
        if (to == null || !to.isActive()) {
            throw new PortalException("feedback.appeal.redirectUnknownDistrict");
        }
        String before = describe(appeal);
        Instant now = Instant.now();
        LocalDate today = PortalClock.dayOf(now);
        appeal.redirect(toDistrictId, reason, now, clock(today, today));
        flush(id);
        audit.record("appeal.redirected", SUBJECT, id, before, describe(appeal), appeal.getRedirectReason());
        notifications.notify(List.of(appeal.getAuthorUsername()), "appeal.redirected", "notify.appeal.redirected",
                List.of(appeal.getReference(), to.getName().getRu(), date(appeal.getDueOn())), residentLink(appeal));
        notifications.notify(notifications.peopleWith(Role.MAYOR, toDistrictId, null), "appeal.received",
                "notify.appeal.received", List.of(appeal.getReference(), appeal.getSubject(), date(appeal.getDueOn())),
                mayorLink(appeal));
    }

    /** The mayor closes an answered appeal. */
    @RolesAllowed(Role.MAYOR_NAME)
    public void close(long id, long seenVersion) {
        Appeal appeal = writable(id, seenVersion, Role.MAYOR);
        String before = describe(appeal);
        appeal.close(Instant.now());
        flush(id);
        audit.record("appeal.closed", SUBJECT, id, before, describe(appeal), null);
    }

    /** The mayor hides an abusive public appeal from the public pages, with a reason; the author still sees it. */
    @RolesAllowed(Role.MAYOR_NAME)
    public void hide(long id, long seenVersion, String reason) {
        Appeal appeal = writable(id, seenVersion, Role.MAYOR);
        String before = describe(appeal);
        appeal.hide(reason, caller.username(), Instant.now());
        flush(id);
        audit.record("appeal.hidden", SUBJECT, id, before, describe(appeal), appeal.getHiddenReason());
    }

    /** The mayor points an answered appeal to a project of the district ("we did"), or to none. */
    @RolesAllowed(Role.MAYOR_NAME)
    public void linkProject(long id, long seenVersion, Long projectId) {
        Appeal appeal = writable(id, seenVersion, Role.MAYOR);
        checkProject(appeal, projectId);
        String before = describe(appeal);
        appeal.linkProject(projectId);
        flush(id);
        audit.record("appeal.projectLinked", SUBJECT, id, before, describe(appeal), null);
    }

    // ------------------------------------------------------------------------------------------- governor

    /** The governor of the region answers a resident's complaint about an answer; the resident is told. */
    @RolesAllowed(Role.GOVERNOR_NAME)
    public void answerComplaint(long id, long seenVersion, String text) {
        Appeal appeal = writable(id, seenVersion, Role.GOVERNOR);
        String before = describe(appeal);
        appeal.answerComplaint(text, caller.username(), Instant.now());
        flush(id);
        audit.record("appeal.complaintAnswered", SUBJECT, id, before, describe(appeal), null);
        notifications.notify(List.of(appeal.getAuthorUsername()), "appeal.complaintAnswered",
                "notify.appeal.complaintAnswered", List.of(appeal.getReference(), appeal.getSubject()),
                residentLink(appeal));
        notifications.notify(notifications.peopleWith(Role.MAYOR, appeal.getDistrictId(), null),
                "appeal.complaintAnswered", "notify.appeal.complaintAnswered",
                List.of(appeal.getReference(), appeal.getSubject()), mayorLink(appeal));
    }

    // ------------------------------------------------------------------------------------------- helpers

    private Official me() {
        return caller.official().orElseThrow(AccessDeniedException::new);
    }

    /**
     * The appeal the caller may change acting as {@code role}: readable by them (403 otherwise) and still at
     * the version they saw.
     */
    private Appeal writable(long id, long seenVersion, Role role) {
        Official me = me();
        if (me.primaryRole().orElse(null) != role) {
            throw new AccessDeniedException();
        }
        Appeal appeal = AppealAccess.readable(em, me, id);
        Versions.require(appeal.getVersion(), seenVersion, audit::lastActorOf, SUBJECT, id);
        return appeal;
    }

    private void flush(long id) {
        Versions.flush(em, audit::lastActorOf, SUBJECT, id);
    }

    private void checkProject(Appeal appeal, Long projectId) {
        if (projectId == null) {
            return;
        }
        Project project = em.find(Project.class, projectId);
        if (project == null || !project.getDistrict().getId().equals(appeal.getDistrictId())) {
            throw new PortalException("feedback.appeal.projectNotOfDistrict");
        }
    }

    /** The clock with the calendar from {@code from} to a while after {@code to} (an extension's 2 months and more). */
    private AppealClock clock(LocalDate from, LocalDate to) {
        LocalDate start = from.isBefore(to) ? from : to;
        LocalDate end = from.isBefore(to) ? to : from;
        return new AppealClock(calendar.calendar(start.minusDays(1), end.plusDays(150)));
    }

    private List<String> governorsOf(Appeal appeal) {
        District district = em.find(District.class, appeal.getDistrictId());
        return notifications.peopleWith(Role.GOVERNOR, null, district.getRegion().getId());
    }

    private AppealView view(Appeal appeal, Role role) {
        District district = em.find(District.class, appeal.getDistrictId());
        District first = em.find(District.class, appeal.getFirstDistrictId());
        Project project = appeal.getProjectId() == null ? null : em.find(Project.class, appeal.getProjectId());
        List<AppealFile> files = em.createQuery("select new org.birge.portal.feedback.service.AppealFile(f.id,"
                        + " f.fileName, f.type, f.size) from Attachment f where f.appealId = :appeal order by f.id",
                AppealFile.class).setParameter("appeal", appeal.getId()).getResultList();
        LocalDate today = PortalClock.today();
        boolean mayor = role == Role.MAYOR;
        boolean author = role == Role.RESIDENT && appeal.getAuthorUsername().equals(caller.username());
        boolean open = appeal.getStatus().isOpen();
        LocalDate complaintBy = appeal.complaintBy();
        AppealView.Actions can = new AppealView.Actions(
                mayor && open,
                mayor && open && appeal.getExtendedOn() == null && !today.isAfter(appeal.getDueOn()),
                mayor && open && !today.isAfter(appeal.getRedirectBy()),
                mayor && appeal.getStatus() == AppealStatus.ANSWERED,
                mayor && appeal.isPublicAppeal() && appeal.getHiddenAt() == null,
                mayor && appeal.getAnsweredAt() != null,
                author && appeal.getAnsweredAt() != null && appeal.getRating() == null,
                author && complaintBy != null && appeal.getComplaintAt() == null && !today.isAfter(complaintBy),
                role == Role.GOVERNOR && appeal.isComplaintOpen());
        return new AppealView(appeal.getId(), appeal.getVersion(), appeal.getReference(), appeal.getKind(),
                appeal.getCategory(), appeal.getSubject(), appeal.getBody(), appeal.getWrittenIn(),
                appeal.getAnswerIn(), appeal.isPublicAppeal(), appeal.getStatus(), appeal.getAuthorUsername(),
                authorName(appeal.getAuthorUsername()),
                appeal.getSubmittedAt(), appeal.getReceivedOn(), appeal.getRedirectBy(), appeal.getDueOn(),
                appeal.getExtendedOn(), appeal.getExtensionReason(), appeal.getToldBy(),
                AppealClock.latestExtension(appeal.getReceivedOn()), appeal.getRedirectedAt(),
                appeal.getRedirectReason(), choice(district), choice(first), appeal.getOverdueAt(),
                appeal.getAnsweredAt(), appeal.getAnswerText(), appeal.getAnswerWorkingDays(),
                appeal.getAnsweredOnTime(),
                project == null ? null : new AppealChoice(project.getId(), "", project.getTitle(), project.getTitle(),
                        project.getTitle()),
                appeal.getClosedAt(), appeal.getRating(), appeal.getRatingComment(), appeal.getRatedAt(), complaintBy,
                appeal.getComplaintText(), appeal.getComplaintAt(), appeal.getComplaintAnswer(),
                appeal.getComplaintAnsweredAt(), appeal.getHiddenAt(), appeal.getHiddenReason(), files, can);
    }

    /** The author's display name when they have signed in (they have, to write), else their username. */
    private String authorName(String username) {
        return em.createNamedQuery("Official.byUsername", Official.class).setParameter("username", username)
                .getResultStream().findFirst().map(Official::getDisplayName).orElse(username);
    }

    private static AppealChoice choice(District district) {
        LocalizedName name = district.getName();
        return new AppealChoice(district.getId(), district.getCode(), name.getKk(), name.getRu(), name.getEn());
    }

    static String date(LocalDate day) {
        return SHOWN.format(day);
    }

    static String residentLink(Appeal appeal) {
        return "/resident/appeal.xhtml?id=" + appeal.getId();
    }

    static String mayorLink(Appeal appeal) {
        return "/mayor/appeal.xhtml?id=" + appeal.getId();
    }

    static String governorLink(Appeal appeal) {
        return "/governor/appeal.xhtml?id=" + appeal.getId();
    }

    /** The state of an appeal for the audit record: no personal data beyond the usernames acting. */
    static String describe(Appeal appeal) {
        return "reference=" + appeal.getReference() + ", district=" + appeal.getDistrictId() + ", status="
                + appeal.getStatus() + ", kind=" + appeal.getKind() + ", category=" + appeal.getCategory()
                + ", receivedOn=" + appeal.getReceivedOn() + ", dueOn=" + appeal.getDueOn()
                + (appeal.getExtendedOn() == null ? "" : ", extendedOn=" + appeal.getExtendedOn() + ", toldBy="
                + appeal.getToldBy())
                + (appeal.getAnsweredAt() == null ? "" : ", answeredOnTime=" + appeal.getAnsweredOnTime()
                + ", workingDays=" + appeal.getAnswerWorkingDays() + ", project=" + appeal.getProjectId())
                + (appeal.getRating() == null ? "" : ", rating=" + appeal.getRating())
                + (appeal.getComplaintAt() == null ? "" : ", complaint=" + (appeal.isComplaintOpen() ? "open" : "answered"))
                + (appeal.getHiddenAt() == null ? "" : ", hidden=true")
                + (appeal.getOverdueAt() == null ? "" : ", overdue=true");
    }
}
