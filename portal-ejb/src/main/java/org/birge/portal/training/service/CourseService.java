package org.birge.portal.training.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.birge.portal.audit.service.AuditService;
import org.birge.portal.org.domain.Role;
import org.birge.portal.project.domain.Attachment;
import org.birge.portal.project.service.AttachmentService;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.service.DuplicateException;
import org.birge.portal.shared.service.NotFoundException;
import org.birge.portal.shared.service.Page;
import org.birge.portal.shared.service.PageRequest;
import org.birge.portal.shared.service.PortalClock;
import org.birge.portal.shared.service.Versions;
import org.birge.portal.training.domain.CompletionRule;
import org.birge.portal.training.domain.Course;
import org.birge.portal.training.domain.CourseStatus;
import org.birge.portal.training.domain.Material;
import org.birge.portal.training.domain.SessionStatus;

/**
 * The course catalogue. Trainers prepare courses as drafts, publish them for sessions and archive them;
 * they keep each course's materials, links and files. Everyone in training reads the published courses;
 * project managers and administrators also the archived ones. Lists are searched and paged in the database.
 */
@Stateless
public class CourseService {


    private static final String ROW = "select new org.birge.portal.training.service.CourseRow(c.id, c.version,"
            + " c.code, c.title, c.status, c.hours, c.rule.minAttendancePercent, c.rule.passMark, c.modifiedAt)"
            + " from Course c";
    private static final Map<String, String> SORT = Map.of("code", "c.code", "title", "c.title",
            "status", "c.status", "hours", "c.hours", "modifiedAt", "c.modifiedAt");
    private static final String SUBJECT = "course";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private AuditService audit;

    @EJB
    private AttachmentService attachments;

    /** Every course, of one status or all, searched by code and title; ordered by code unless sorted otherwise. */
    @RolesAllowed(Role.TRAINER_NAME)
    public Page<CourseRow> courses(PageRequest page, String search, CourseStatus status) {
        return list(page, search, status == null ? EnumSet.allOf(CourseStatus.class) : EnumSet.of(status), "c.code");
    }

    /**
     * The published courses, searched by code and title; ordered by code unless sorted otherwise, so that
     * a subject's courses (PME-101, PME-201) stand together.
     */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.TRAINER_NAME,
            Role.ADMIN_NAME})
    public Page<CourseRow> catalogue(PageRequest page, String search) {
        return list(page, search, EnumSet.of(CourseStatus.PUBLISHED), "c.code");
    }

    private Page<CourseRow> list(PageRequest page, String search, Set<CourseStatus> statuses, String defaultSort) {
        String pattern = Search.pattern(search);
        String where = " where c.status in :statuses"
                + (pattern == null ? "" : " and (lower(c.code) like :search or lower(c.title) like :search)");
        TypedQuery<CourseRow> rows = em.createQuery(ROW + where + page.orderBy(SORT, defaultSort, "c.id"),
                CourseRow.class);
        TypedQuery<Long> count = em.createQuery("select count(c) from Course c" + where, Long.class);
        for (TypedQuery<?> query : List.of(rows, count)) {
            query.setParameter("statuses", statuses);
            if (pattern != null) {
                query.setParameter("search", pattern);
            }
        }
        return new Page<>(withSessions(rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList()),
                count.getSingleResult());
    }

    /** A course's page, with its materials; for whom {@link CourseAccess} lets read it. */
    @RolesAllowed({Role.MAYOR_NAME, Role.GOVERNOR_NAME, Role.PROJECT_MANAGER_NAME, Role.TRAINER_NAME,
            Role.ADMIN_NAME})
    public CourseView course(long id) {
        return view(CourseAccess.readable(em, context, id));
    }

    /** A course's fields, for editing them. */
    @RolesAllowed(Role.TRAINER_NAME)
    public CourseForm form(long id) {
        Course course = em.find(Course.class, id);
        if (course == null) {
            throw new NotFoundException();
        }
        CourseForm form = new CourseForm();
        form.setCode(course.getCode());
        form.setTitle(course.getTitle());
        form.setDescription(course.getDescription());
        form.setObjectives(course.getObjectives());
        form.setTopics(course.getTopics());
        form.setTargetRoles(course.getTargetRoles().stream().sorted().map(Role::roleName).toList());
        form.setHours(course.getHours());
        form.setMinAttendancePercent(course.getRule().getMinAttendancePercent());
        form.setPassMark(course.getRule().getPassMark());
        return form;
    }

    /** A new draft course; its code must be free. */
    @RolesAllowed(Role.TRAINER_NAME)
    public CourseRow create(CourseForm form) {
        Course course = new Course(form.getCode(), details(form));
        if (!em.createNamedQuery("Course.byCode", Course.class).setParameter("code", course.getCode())
                .getResultList().isEmpty()) {
            throw new DuplicateException("training.course.codeTaken", course.getCode());
        }
        em.persist(course);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Versions.isUniqueViolation(e)) {
                throw new DuplicateException("training.course.codeTaken", course.getCode());
            }
            throw e;
        }
        audit.record("training.course.created", SUBJECT, course.getId(), null, describe(course), null);
        return row(course);
    }

    /** Changes a course that is not archived; its code stays. */
    @RolesAllowed(Role.TRAINER_NAME)
    public CourseRow revise(long id, long seenVersion, CourseForm form) {
        Course course = atVersion(id, seenVersion);
        String before = describe(course);
        course.revise(details(form));
        Versions.flush(em, audit::lastActorOf, SUBJECT, id);
        audit.record("training.course.revised", SUBJECT, id, before, describe(course), null);
        return row(course);
    }

    /** Publishes a draft: it joins the catalogue and may run sessions. */
    @RolesAllowed(Role.TRAINER_NAME)
    public CourseRow publish(long id, long seenVersion) {
        Course course = atVersion(id, seenVersion);
        course.publish();
        Versions.flush(em, audit::lastActorOf, SUBJECT, id);
        audit.record("training.course.published", SUBJECT, id, "status=DRAFT", describe(course), null);
        return row(course);
    }

    /**
     * Archives a published course: it leaves the catalogue and runs no new session. Sessions still ahead or
     * running go on; the trainer cancels them first if they should not.
     */
    @RolesAllowed(Role.TRAINER_NAME)
    public CourseRow archive(long id, long seenVersion) {
        Course course = atVersion(id, seenVersion);
        course.archive();
        Versions.flush(em, audit::lastActorOf, SUBJECT, id);
        audit.record("training.course.archived", SUBJECT, id, "status=PUBLISHED", describe(course), null);
        return row(course);
    }

    /** Adds a titled link to the end of the course's materials. */
    @RolesAllowed(Role.TRAINER_NAME)
    public CourseRow addLink(long id, long seenVersion, String title, String url) {
        Course course = atVersion(id, seenVersion);
        Material material = new Material(title, url, null);
        return changeMaterials(course, add(course, material), "training.course.materialAdded",
                "link=" + material.getTitle() + " <" + material.getUrl() + ">");
    }

    /**
     * Adds a titled file to the end of the course's materials. The file is checked by its content (PDF, JPG
     * or PNG, at most 10 MB) and kept in the portal's file store; it is removed again when anything here
     * fails (a missing title, too many materials), since the transaction then rolls back.
     */
    @RolesAllowed(Role.TRAINER_NAME)
    public CourseRow addFile(long id, long seenVersion, String title, String fileName, byte[] content) {
        Course course = atVersion(id, seenVersion);
        if (course.getStatus() == CourseStatus.ARCHIVED) {
            throw new DomainException("training.course.archived");
        }
        long attachmentId = attachments.attachToCourse(id, fileName, content);
        Material material = new Material(title, null, attachmentId);
        Attachment file = em.find(Attachment.class, attachmentId);
        return changeMaterials(course, add(course, material), "training.course.materialAdded",
                "file=" + material.getTitle() + " <" + file.getFileName() + ", " + file.getType() + ", "
                        + file.getSize() + " bytes, sha256=" + file.getSha256() + ">");
    }

    /** Removes the material at {@code position}; a removed file is no longer served. */
    @RolesAllowed(Role.TRAINER_NAME)
    public CourseRow removeMaterial(long id, long seenVersion, int position) {
        Course course = atVersion(id, seenVersion);
        List<Material> materials = new ArrayList<>(course.getMaterials());
        if (position < 0 || position >= materials.size()) {
            throw new NotFoundException();
        }
        Material removed = materials.remove(position);
        return changeMaterials(course, materials, "training.course.materialRemoved",
                removed.getUrl() != null ? "link=" + removed.getTitle() + " <" + removed.getUrl() + ">"
                        : "file=" + removed.getTitle() + " <attachment " + removed.getAttachmentId() + ">");
    }

    private static List<Material> add(Course course, Material material) {
        List<Material> materials = new ArrayList<>(course.getMaterials());
        materials.add(material);
        return materials;
    }

    private CourseRow changeMaterials(Course course, List<Material> materials, String action, String what) {
        int before = course.getMaterials().size();
        course.replaceMaterials(materials);
        // A change of the materials alone is a change of the course: the next editor must see it.
        em.lock(course, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Versions.flush(em, audit::lastActorOf, SUBJECT, course.getId());
        audit.record(action, SUBJECT, course.getId(), "materials=" + before, "materials=" + materials.size()
                + ", " + what, null);
        return row(course);
    }

    private Course atVersion(long id, long seenVersion) {
        return Versions.atVersion(em, audit::lastActorOf, Course.class, id, seenVersion, SUBJECT);
    }

    private static Course.Details details(CourseForm form) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : form.getTargetRoles()) {
            Role.ofName(name).ifPresent(roles::add);
        }
        return new Course.Details(form.getTitle(), form.getDescription(), form.getObjectives(), form.getTopics(),
                roles, form.getHours() == null ? 0 : form.getHours(),
                new CompletionRule(form.getMinAttendancePercent() == null ? 0 : form.getMinAttendancePercent(),
                        form.getPassMark() == null ? -1 : form.getPassMark()));
    }

    private CourseView view(Course course) {
        List<Long> fileIds = course.getMaterials().stream().map(Material::getAttachmentId)
                .filter(java.util.Objects::nonNull).toList();
        Map<Long, Attachment> files = new HashMap<>();
        if (!fileIds.isEmpty()) {
            em.createQuery("select a from Attachment a where a.id in :ids", Attachment.class)
                    .setParameter("ids", fileIds).getResultList().forEach(a -> files.put(a.getId(), a));
        }
        List<CourseView.MaterialItem> materials = new ArrayList<>();
        List<Material> list = course.getMaterials();
        for (int i = 0; i < list.size(); i++) {
            Material m = list.get(i);
            Attachment file = m.getAttachmentId() == null ? null : files.get(m.getAttachmentId());
            materials.add(new CourseView.MaterialItem(i, m.getTitle(), m.getUrl(), m.getAttachmentId(),
                    file == null ? null : file.getFileName(), file == null ? null : file.getType().mediaType(),
                    file == null ? 0 : file.getSize()));
        }
        return new CourseView(row(course), course.getDescription(), course.getObjectives(), course.getTopics(),
                course.getTargetRoles().stream().sorted().toList(), materials);
    }

    private CourseRow row(Course course) {
        return withSessions(List.of(new CourseRow(course.getId(), course.getVersion(), course.getCode(),
                course.getTitle(), course.getStatus(), course.getHours(), course.getRule().getMinAttendancePercent(),
                course.getRule().getPassMark(), course.getModifiedAt()))).get(0);
    }

    /** Adds the first day and number of the sessions still ahead of each course of a page, in one statement. */
    private List<CourseRow> withSessions(List<CourseRow> courses) {
        if (courses.isEmpty()) {
            return courses;
        }
        Map<Long, Object[]> figures = new HashMap<>();
        em.createQuery("select s.course.id, min(s.firstDay), count(s) from TrainingSession s"
                        + " where s.course.id in :ids and s.status in :ahead and s.firstDay >= :today"
                        + " group by s.course.id", Object[].class)
                .setParameter("ids", courses.stream().map(CourseRow::id).toList())
                .setParameter("ahead", List.of(SessionStatus.PLANNED, SessionStatus.OPEN))
                .setParameter("today", PortalClock.today())
                .getResultList().forEach(r -> figures.put((Long) r[0], r));
        return courses.stream().map(c -> {
            Object[] f = figures.get(c.id());
            return f == null ? c : c.withSessions((java.time.LocalDate) f[1], ((Number) f[2]).longValue());
        }).toList();
    }

    private static String describe(Course course) {
        return "code=" + course.getCode() + ", title=" + course.getTitle() + ", status=" + course.getStatus()
                + ", hours=" + course.getHours() + ", rule=attendance>=" + course.getRule().getMinAttendancePercent()
                + "% and post-test>=" + course.getRule().getPassMark() + ", targetRoles="
                + course.getTargetRoles().stream().sorted().map(Role::roleName).toList() + ", materials="
                + course.getMaterials().size();
    }
}
