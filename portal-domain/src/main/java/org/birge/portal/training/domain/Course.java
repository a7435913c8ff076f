package org.birge.portal.training.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.birge.portal.org.domain.Role;
import org.birge.portal.org.domain.RoleSetConverter;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.shared.domain.VersionedEntity;

/**
 * A course of the training programme: what it teaches, to whom, in how many hours, with which materials,
 * and the rule by which a trainee completes it. A draft is prepared, a published course runs sessions,
 * an archived one runs no new session but keeps its history and certificates.
 */
@Entity
@Table(name = "course")
@NamedQuery(name = "Course.byCode", query = "select c from Course c where c.code = :code")
public class Course extends VersionedEntity {

    public static final int CODE_LENGTH = 20;
    public static final int TITLE_LENGTH = 200;
    public static final int TEXT_LENGTH = 4000;
    public static final int MAX_HOURS = 200;
    public static final int MAX_MATERIALS = 30;
    public static final String CODE_PATTERN = "[A-Z][A-Z0-9-]{1,19}";

    @Column(nullable = false, length = CODE_LENGTH, updatable = false)
    private String code;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(length = TEXT_LENGTH)
    private String description;

    @Column(length = TEXT_LENGTH)
    private String objectives;

    @Column(length = TEXT_LENGTH)
    private String topics;

    @Convert(converter = RoleSetConverter.class)
    @Column(name = "target_roles", nullable = false, length = 200)
    private Set<Role> targetRoles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private int hours;

    @Embedded
    private CompletionRule rule;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CourseStatus status = CourseStatus.DRAFT;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "course_material", joinColumns = @JoinColumn(name = "course_id"))
    @OrderColumn(name = "position")
    private List<Material> materials = new ArrayList<>();

    protected Course() {
    }

    public Course(String code, Details details) {
        if (code == null || !code.strip().toUpperCase(Locale.ROOT).matches(CODE_PATTERN)) {
            throw new DomainException("training.course.codeFormat");
        }
        this.code = code.strip().toUpperCase(Locale.ROOT);
        apply(details);
    }

    /** What a trainer sets on a course. */
    public record Details(String title, String description, String objectives, String topics, Set<Role> targetRoles,
                          int hours, CompletionRule rule) {
    }

    /** Changes a course that is not archived. Sessions already completed keep the outcome computed then. */
    public void revise(Details details) {
        if (status == CourseStatus.ARCHIVED) {
            throw new DomainException("training.course.archived");
        }
        apply(details);
    }

    private void apply(Details details) {
        if (details.title() == null || details.title().isBlank()) {
            throw new DomainException("training.course.titleRequired");
        }
        if (details.title().strip().length() > TITLE_LENGTH) {
            throw new DomainException("training.course.titleLength", TITLE_LENGTH);
        }
        for (String text : new String[] {details.description(), details.objectives(), details.topics()}) {
            if (text != null && text.length() > TEXT_LENGTH) {
                throw new DomainException("training.textLength", TEXT_LENGTH);
            }
        }
        if (details.hours() < 1 || details.hours() > MAX_HOURS) {
            throw new DomainException("training.course.hoursRange", MAX_HOURS);
        }
        if (details.rule() == null) {
            throw new DomainException("training.rule.required");
        }
        if (details.targetRoles() == null || details.targetRoles().isEmpty()) {
            throw new DomainException("training.course.targetRequired");
        }
        this.title = details.title().strip();
        this.description = blankToNull(details.description());
        this.objectives = blankToNull(details.objectives());
        this.topics = blankToNull(details.topics());
        this.targetRoles = EnumSet.copyOf(details.targetRoles());
        this.hours = details.hours();
        this.rule = details.rule();
    }

    /** Replaces the materials list. */
    public void replaceMaterials(List<Material> newMaterials) {
        if (status == CourseStatus.ARCHIVED) {
            throw new DomainException("training.course.archived");
        }
        if (newMaterials.size() > MAX_MATERIALS) {
            throw new DomainException("training.material.tooMany", MAX_MATERIALS);
        }
        materials.clear();
        materials.addAll(newMaterials);
    }

    public void publish() {
        if (status != CourseStatus.DRAFT) {
            throw new DomainException("training.course.notDraft");
        }
        status = CourseStatus.PUBLISHED;
    }

    public void archive() {
        if (status != CourseStatus.PUBLISHED) {
            throw new DomainException("training.course.notPublished");
        }
        status = CourseStatus.ARCHIVED;
    }

    /** Whether new sessions may be planned. */
    public boolean runsSessions() {
        return status == CourseStatus.PUBLISHED;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getObjectives() {
        return objectives;
    }

    public String getTopics() {
        return topics;
    }

    public Set<Role> getTargetRoles() {
        return Collections.unmodifiableSet(targetRoles);
    }

    public int getHours() {
        return hours;
    }

    public CompletionRule getRule() {
        return rule;
    }

    public CourseStatus getStatus() {
        return status;
    }

    public List<Material> getMaterials() {
        return Collections.unmodifiableList(materials);
    }
}
