package org.birge.portal.training.domain;

import static org.birge.portal.testsupport.DomainAssertions.assertRefused;
import static org.birge.portal.training.domain.TrainingFixtures.archivedCourse;
import static org.birge.portal.training.domain.TrainingFixtures.courseIn;
import static org.birge.portal.training.domain.TrainingFixtures.draftCourse;
import static org.birge.portal.training.domain.TrainingFixtures.publishedCourse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.domain.DomainException;
import org.birge.portal.training.domain.TrainingFixtures.CourseForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CourseTest {

    private static Course course(CourseForm form) {
        return new Course("PME-201", form.details());
    }

    private static Material link(int number) {
        return new Material("Handout " + number, "https://edu.birge.kz/pme-201/" + number, null);
    }

    @Test
    void aNewCourseIsADraftWithItsDetails() {
        CourseForm form = new CourseForm();
        form.title = "  Planning social projects ";
        form.description = " How to plan ";
        form.objectives = "Plan";
        form.topics = "Indicators";
        form.targetRoles = EnumSet.of(Role.MAYOR, Role.GOVERNOR);
        CompletionRule rule = new CompletionRule(75, 60);
        form.rule = rule;

        Course course = course(form);

        assertEquals(CourseStatus.DRAFT, course.getStatus());
        assertEquals("PME-201", course.getCode());
        assertEquals("Planning social projects", course.getTitle());
        assertEquals("How to plan", course.getDescription());
        assertEquals("Plan", course.getObjectives());
        assertEquals("Indicators", course.getTopics());
        assertEquals(Set.of(Role.MAYOR, Role.GOVERNOR), course.getTargetRoles());
        assertEquals(24, course.getHours());
        assertSame(rule, course.getRule());
        assertEquals(List.of(), course.getMaterials());
    }

    @Test
    void blankTextsAreNoTexts() {
        CourseForm form = new CourseForm();
        form.description = "   ";
        form.objectives = "";
        form.topics = null;

        Course course = course(form);

        assertNull(course.getDescription());
        assertNull(course.getObjectives());
        assertNull(course.getTopics());
    }

    @ParameterizedTest(name = "code \"{0}\" is kept as {1}")
    @CsvSource({
            "PME-201,               PME-201",
            "pme-201,               PME-201",
            "'  lbp-301 ',          LBP-301",
            "Ab,                    AB",
            "GRB110,                GRB110",
            "ZT-COURSE-0123456789,  ZT-COURSE-0123456789"
    })
    void aCodeIsKeptInUpperCase(String typed, String code) {
        assertEquals(code, new Course(typed, new CourseForm().details()).getCode());
    }

    @ParameterizedTest(name = "code \"{0}\" is refused")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "A", "1PM-201", "-PME", "PME 201", "PME_201", "PME.201", "ПМЕ-201",
            "ZT-COURSE-01234567890"})
    void aCodeOutsideThePatternIsRefused(String code) {
        assertRefused("training.course.codeFormat", () -> new Course(code, new CourseForm().details()));
    }

    @Test
    void upperCasingTheCodeDoesNotDependOnTheDefaultLocale() {
        Locale original = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            // In Turkish "i".toUpperCase() is the dotted capital I (U+0130), which the pattern refuses.
            assertEquals("PIME-1", new Course("pime-1", new CourseForm().details()).getCode());
        } finally {
            Locale.setDefault(original);
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void aCourseNeedsATitle(String title) {
        CourseForm form = new CourseForm();
        form.title = title;

        assertRefused("training.course.titleRequired", () -> course(form));
    }

    @Test
    void aTitleOfTheColumnLengthIsAcceptedAndLongerIsRefused() {
        CourseForm longest = new CourseForm();
        longest.title = "x".repeat(Course.TITLE_LENGTH);
        CourseForm tooLong = new CourseForm();
        tooLong.title = "x".repeat(Course.TITLE_LENGTH + 1);

        assertEquals(Course.TITLE_LENGTH, course(longest).getTitle().length());
        DomainException refused = assertRefused("training.course.titleLength", () -> course(tooLong));
        assertEquals(List.of(Course.TITLE_LENGTH), refused.getArguments());
    }

    @ParameterizedTest(name = "a {0} longer than the column is refused")
    @ValueSource(strings = {"description", "objectives", "topics"})
    void aTextLongerThanTheColumnIsRefused(String field) {
        CourseForm form = new CourseForm();
        String tooLong = "x".repeat(Course.TEXT_LENGTH + 1);
        switch (field) {
            case "description" -> form.description = tooLong;
            case "objectives" -> form.objectives = tooLong;
            default -> form.topics = tooLong;
        }

        DomainException refused = assertRefused("training.textLength", () -> course(form));
        assertEquals(List.of(Course.TEXT_LENGTH), refused.getArguments());
    }

    @ParameterizedTest(name = "{0} hours are accepted")
    @ValueSource(ints = {1, 24, Course.MAX_HOURS})
    void hoursWithinTheRangeAreAccepted(int hours) {
        CourseForm form = new CourseForm();
        form.hours = hours;

        assertEquals(hours, course(form).getHours());
    }

    @ParameterizedTest(name = "{0} hours are refused")
    @ValueSource(ints = {-1, 0, Course.MAX_HOURS + 1})
    void hoursOutsideTheRangeAreRefused(int hours) {
        CourseForm form = new CourseForm();
        form.hours = hours;

        DomainException refused = assertRefused("training.course.hoursRange", () -> course(form));
        assertEquals(List.of(Course.MAX_HOURS), refused.getArguments());
    }

    @Test
    void aCourseNeedsACompletionRule() {
        CourseForm form = new CourseForm();
        form.rule = null;

        assertRefused("training.rule.required", () -> course(form));
    }

    @Test
    void aCourseNeedsTargetRoles() {
        CourseForm none = new CourseForm();
        none.targetRoles = null;
        CourseForm empty = new CourseForm();
        empty.targetRoles = EnumSet.noneOf(Role.class);

        assertRefused("training.course.targetRequired", () -> course(none));
        assertRefused("training.course.targetRequired", () -> course(empty));
    }

    @ParameterizedTest
    @EnumSource(value = CourseStatus.class, names = {"DRAFT", "PUBLISHED"})
    void reviseChangesACourseThatIsNotArchived(CourseStatus status) {
        Course course = courseIn(status);
        CourseForm form = new CourseForm();
        form.title = "Local budgets";
        form.hours = 16;
        form.targetRoles = EnumSet.of(Role.GOVERNOR);

        course.revise(form.details());

        assertEquals("Local budgets", course.getTitle());
        assertEquals(16, course.getHours());
        assertEquals(Set.of(Role.GOVERNOR), course.getTargetRoles());
        assertEquals("PME-201", course.getCode());
        assertEquals(status, course.getStatus());
    }

    @Test
    void anArchivedCourseCannotBeRevised() {
        Course course = archivedCourse();
        CourseForm form = new CourseForm();
        form.title = "Local budgets";

        assertRefused("training.course.archived", () -> course.revise(form.details()));
        assertEquals("Planning, monitoring and evaluating social projects", course.getTitle());
    }

    @Test
    void aRefusedRevisionLeavesTheCourseAsItWas() {
        Course course = draftCourse();
        CourseForm form = new CourseForm();
        form.title = "Local budgets";
        form.hours = 0;

        assertRefused("training.course.hoursRange", () -> course.revise(form.details()));
        assertEquals("Planning, monitoring and evaluating social projects", course.getTitle());
        assertEquals(24, course.getHours());
    }

    @Test
    void publishOpensADraft() {
        Course course = draftCourse();

        course.publish();

        assertEquals(CourseStatus.PUBLISHED, course.getStatus());
    }

    @ParameterizedTest
    @EnumSource(value = CourseStatus.class, names = {"PUBLISHED", "ARCHIVED"})
    void onlyADraftCanBePublished(CourseStatus status) {
        Course course = courseIn(status);

        assertRefused("training.course.notDraft", course::publish);
        assertEquals(status, course.getStatus());
    }

    @Test
    void archiveRetiresAPublishedCourse() {
        Course course = publishedCourse();

        course.archive();

        assertEquals(CourseStatus.ARCHIVED, course.getStatus());
    }

    @ParameterizedTest
    @EnumSource(value = CourseStatus.class, names = {"DRAFT", "ARCHIVED"})
    void onlyAPublishedCourseCanBeArchived(CourseStatus status) {
        Course course = courseIn(status);

        assertRefused("training.course.notPublished", course::archive);
        assertEquals(status, course.getStatus());
    }

    @ParameterizedTest(name = "a {0} course runs sessions: {1}")
    @CsvSource({"DRAFT, false", "PUBLISHED, true", "ARCHIVED, false"})
    void onlyAPublishedCourseRunsSessions(CourseStatus status, boolean runs) {
        assertEquals(runs, courseIn(status).runsSessions());
    }

    @Test
    void replaceMaterialsKeepsTheNewListInItsOrder() {
        Course course = publishedCourse();
        course.replaceMaterials(List.of(link(1), link(2)));
        Material file = new Material("Slides", null, 77L);

        course.replaceMaterials(List.of(file, link(3)));

        assertEquals(List.of("Slides", "Handout 3"),
                course.getMaterials().stream().map(Material::getTitle).toList());
    }

    @Test
    void upToTheMaximumOfMaterialsIsAcceptedAndMoreIsRefused() {
        Course course = draftCourse();
        List<Material> most = IntStream.rangeClosed(1, Course.MAX_MATERIALS).mapToObj(CourseTest::link).toList();
        List<Material> tooMany = IntStream.rangeClosed(1, Course.MAX_MATERIALS + 1).mapToObj(CourseTest::link)
                .toList();
        course.replaceMaterials(most);

        DomainException refused = assertRefused("training.material.tooMany", () -> course.replaceMaterials(tooMany));
        assertEquals(List.of(Course.MAX_MATERIALS), refused.getArguments());
        assertEquals(Course.MAX_MATERIALS, course.getMaterials().size());
    }

    @Test
    void theMaterialsOfAnArchivedCourseCannotBeReplaced() {
        Course course = archivedCourse();

        assertRefused("training.course.archived", () -> course.replaceMaterials(List.of(link(1))));
        assertEquals(List.of(), course.getMaterials());
    }
}
