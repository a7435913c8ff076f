package org.birge.portal.i18n;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.birge.portal.feedback.domain.AppealCategory;
import org.birge.portal.feedback.domain.AppealKind;
import org.birge.portal.feedback.domain.AppealRating;
import org.birge.portal.feedback.domain.AppealStatus;
import org.birge.portal.org.domain.DistrictKind;
import org.birge.portal.project.domain.AttachmentPurpose;
import org.birge.portal.project.domain.BudgetCategory;
import org.birge.portal.project.domain.CallStatus;
import org.birge.portal.project.domain.DefinitionStatus;
import org.birge.portal.project.domain.FundingSource;
import org.birge.portal.project.domain.MilestoneStatus;
import org.birge.portal.project.domain.ProjectStatus;
import org.birge.portal.project.domain.ReportStatus;
import org.birge.portal.project.domain.Responsible;
import org.birge.portal.project.domain.WorkflowAction;
import org.birge.portal.org.domain.Role;
import org.birge.portal.shared.domain.Language;
import org.birge.portal.training.domain.CourseStatus;
import org.birge.portal.training.domain.EnrolmentStatus;
import org.birge.portal.training.domain.SessionStatus;
import org.birge.portal.training.service.CourseState;
import org.birge.portal.training.service.Verification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The interface must be complete in Kazakh, Russian and English. Checks the three bundles of the web module
 * (the interface texts {@code messages}, Bean Validation's {@code ValidationMessages} and the Faces message
 * bundle {@code faces}) against each other and against every key the pages and the Java sources use.
 *
 * <p>The bundles are read as UTF-8 from {@code src/main/resources}; the pages from {@code src/main/webapp};
 * the Java sources from {@code portal-*}/src/main/java of the repository (the module's parent folder).
 */
class BundleCompletenessTest {

    /** The languages of the portal; "" is the fallback bundle without a language suffix (English). */
    private static final List<String> LANGUAGES = List.of("", "en", "ru", "kk");
    private static final String REFERENCE = "en";

    private static final String MESSAGES = "messages";
    private static final String VALIDATION = "ValidationMessages";
    private static final String FACES = "faces";
    /** The texts of notifications, shared with the e-mails: portal-domain's bundle (NoticeTexts). */
    private static final String NOTICES = "notices";

    /** What a page's {@code msg['prefix.'.concat(...)]} can end with. The enums are added in {@link #load}. */
    private static final Map<String, Set<String>> DYNAMIC_SUFFIXES = new LinkedHashMap<>();

    /** Messages a form may show, which the Faces bundle must translate. */
    private static final List<String> REQUIRED_FACES_KEYS = List.of(
            "jakarta.faces.component.UIInput.REQUIRED",
            "jakarta.faces.component.UIInput.CONVERSION",
            "jakarta.faces.component.UIInput.UPDATE",
            "jakarta.faces.component.UISelectOne.INVALID",
            "jakarta.faces.component.UISelectMany.INVALID",
            "jakarta.faces.converter.IntegerConverter.INTEGER",
            "jakarta.faces.converter.IntegerConverter.INTEGER_detail",
            "jakarta.faces.converter.LongConverter.LONG",
            "jakarta.faces.converter.LongConverter.LONG_detail",
            "jakarta.faces.converter.BigDecimalConverter.DECIMAL",
            "jakarta.faces.converter.BigDecimalConverter.DECIMAL_detail",
            "jakarta.faces.converter.DateTimeConverter.DATE",
            "jakarta.faces.converter.DateTimeConverter.DATE_detail",
            "jakarta.faces.converter.DateTimeConverter.DATETIME",
            "jakarta.faces.converter.DateTimeConverter.DATETIME_detail",
            "jakarta.faces.converter.DateTimeConverter.TIME",
            "jakarta.faces.converter.DateTimeConverter.TIME_detail",
            "jakarta.faces.converter.NumberConverter.NUMBER",
            "jakarta.faces.converter.NumberConverter.NUMBER_detail",
            "jakarta.faces.converter.EnumConverter.ENUM",
            "jakarta.faces.converter.EnumConverter.ENUM_detail",
            "jakarta.faces.validator.LengthValidator.MAXIMUM",
            "jakarta.faces.validator.LengthValidator.MINIMUM",
            "jakarta.faces.validator.BeanValidator.MESSAGE");

    /** Standard constraints whose default (English-only or missing) text a form could otherwise show. */
    private static final List<String> REQUIRED_CONSTRAINT_KEYS = Stream.of(
                    "NotNull", "NotBlank", "NotEmpty", "Size", "Pattern", "Min", "Max", "Email", "Positive",
                    "PositiveOrZero", "Past", "Future", "DecimalMin", "DecimalMax", "Digits")
            .map(name -> "jakarta.validation.constraints." + name + ".message")
            .toList();

    /** The message keys of the pages and the Java sources look like this: dotted words. */
    private static final Pattern KEY_LIKE = Pattern.compile("[A-Za-z][\\w-]*(\\.[\\w-]+)+");
    /** A MessageFormat argument: {0}, {1,number}, ... */
    private static final Pattern MF_ARGUMENT = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");
    /** What looks like the start of a MessageFormat argument, even a broken one such as "{0 ". */
    private static final Pattern MF_ARGUMENT_START = Pattern.compile("\\{\\s*\\d");
    /** A named placeholder, such as PrimeFaces' {startRecord} or a constraint attribute such as {max}. */
    private static final Pattern NAMED_PLACEHOLDER = Pattern.compile("(?<!\\\\)\\{\\s*([A-Za-z][\\w.]*)\\s*}");
    private static final Pattern EL_EXPRESSION = Pattern.compile("\\$\\{[^}]*}");

    private static Path module;
    private static Path repository;
    /** bundle -> language -> properties, in the order of {@link #LANGUAGES}. */
    private static final Map<String, Map<String, Properties>> BUNDLES = new LinkedHashMap<>();
    /** Problems found while reading the files: encoding, duplicate keys. */
    private static final List<String> READ_PROBLEMS = new ArrayList<>();

    @BeforeAll
    static void load() {
        module = moduleDirectory();
        repository = module.toAbsolutePath().normalize().getParent();
        Path i18n = module.resolve("src/main/resources/org/birge/portal/i18n");
        Path resources = module.resolve("src/main/resources");
        BUNDLES.put(MESSAGES, readBundle(i18n, MESSAGES));
        BUNDLES.put(VALIDATION, readBundle(resources, VALIDATION));
        BUNDLES.put(FACES, readBundle(i18n, FACES));
        BUNDLES.put(NOTICES, readBundle(repository.resolve("portal-domain/src/main/resources/org/birge/portal/i18n"),
                NOTICES));

        DYNAMIC_SUFFIXES.put("role.", union(
                List.of("mayor", "governor", "project-manager", "trainer", "admin", "resident"),
                Arrays.stream(Role.values()).map(Role::roleName).toList()));
        Set<String> languages = union(List.of("kk", "ru", "en"),
                Arrays.stream(Language.values()).map(Language::code).toList());
        DYNAMIC_SUFFIXES.put("language.short.", languages);
        // The quarterly report page names the quarters of its choice (QuarterlyReportBacking.getQuarters).
        DYNAMIC_SUFFIXES.put("report.quarter.", Set.of("1", "2", "3", "4"));
        DYNAMIC_SUFFIXES.put("language.name.", languages);
        DYNAMIC_SUFFIXES.put("project.category.", names(BudgetCategory.values()));
        DYNAMIC_SUFFIXES.put("project.source.", names(FundingSource.values()));
        DYNAMIC_SUFFIXES.put("project.status.", names(ProjectStatus.values()));
        DYNAMIC_SUFFIXES.put("project.milestone.", names(MilestoneStatus.values()));
        DYNAMIC_SUFFIXES.put("project.report.", names(ReportStatus.values()));
        DYNAMIC_SUFFIXES.put("project.file.", names(AttachmentPurpose.values()));
        DYNAMIC_SUFFIXES.put("call.status.", names(CallStatus.values()));
        DYNAMIC_SUFFIXES.put("workflow.status.", names(DefinitionStatus.values()));
        DYNAMIC_SUFFIXES.put("workflow.responsible.", names(Responsible.values()));
        DYNAMIC_SUFFIXES.put("task.action.", names(WorkflowAction.values()));
        // The steps of the default workflow (V2 migration) and the report review a task may also be.
        DYNAMIC_SUFFIXES.put("project.step.", Set.of("submission", "endorsement", "appraisal", "grant-decision",
                "implementation", "evaluation", "report-review"));
        // The audit actions of a project's history.
        DYNAMIC_SUFFIXES.put("timeline.", Set.of("project.created", "project.saved", "project.submitted",
                "project.approved", "project.approvedFirst", "project.returned", "project.rejected",
                "project.commented", "project.evaluated", "report.submitted", "report.accepted", "report.returned",
                "report.commented", "milestone.reached", "expenditure.recorded", "indicator.measured",
                "attachment.added", "task.escalated"));
        // The training catalogue's courses and sessions.
        DYNAMIC_SUFFIXES.put("training.course.status.", names(CourseStatus.values()));
        DYNAMIC_SUFFIXES.put("training.session.status.", names(SessionStatus.values()));
        // Enrolment: where a person stands in a session, and what that means for them, on the enrolment pages.
        DYNAMIC_SUFFIXES.put("training.enrolment.status.", names(EnrolmentStatus.values()));
        DYNAMIC_SUFFIXES.put("enrol.mine.explain.", names(EnrolmentStatus.values()));
        // Training assessment: the answers of the public verification, the three ratings of an evaluation.
        DYNAMIC_SUFFIXES.put("training.verify.outcome.", names(Verification.Outcome.values()));
        DYNAMIC_SUFFIXES.put("training.evaluation.", Set.of("usefulness", "trainerRating", "organisation"));
        DYNAMIC_SUFFIXES.put("training.evaluation.short.", Set.of("usefulness", "trainerRating", "organisation"));
        DYNAMIC_SUFFIXES.put("org.districtKind.", union(
                List.of("DISTRICT", "CITY", "TOWN", "RURAL_DISTRICT"),
                Arrays.stream(DistrictKind.values()).map(Enum::name).toList()));
        DYNAMIC_SUFFIXES.put("training.courseState.", names(CourseState.values()));
        // Residents' appeals: kind, topic, state and rating.
        DYNAMIC_SUFFIXES.put("feedback.appeal.kind.", names(AppealKind.values()));
        DYNAMIC_SUFFIXES.put("feedback.appeal.category.", names(AppealCategory.values()));
        DYNAMIC_SUFFIXES.put("feedback.appeal.status.", names(AppealStatus.values()));
        DYNAMIC_SUFFIXES.put("feedback.appeal.rating.", names(AppealRating.values()));
        // Community polls: the states of a poll.
        DYNAMIC_SUFFIXES.put("poll.status.", names(org.birge.portal.feedback.domain.PollStatus.values()));
        // Officials' threads: the state of a thread, and to whom one writes (as a governor sees it, too).
        DYNAMIC_SUFFIXES.put("feedback.thread.status.", names(org.birge.portal.feedback.domain.ThreadStatus.values()));
        // Notifications: the e-mail choices of the settings page, the states of the outbox's mails.
        DYNAMIC_SUFFIXES.put("notification.mode.", names(org.birge.portal.notify.domain.EmailMode.values()));
        DYNAMIC_SUFFIXES.put("admin.outbox.state.", names(org.birge.portal.notify.domain.DeliveryState.values()));
        DYNAMIC_SUFFIXES.put("feedback.thread.channel.", Set.of("GOVERNOR", "PROJECT_MANAGERS", "GOVERNOR.governor",
                "PROJECT_MANAGERS.governor"));
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }

    // ------------------------------------------------------------------------------------------------
    // The bundles themselves

    @Test
    void bundleFilesAreUtf8WithoutDuplicateKeys() {
        report("The bundle files cannot be read cleanly", READ_PROBLEMS);
    }

    @Test
    void everyKeyExistsInEveryLanguageWithAText() {
        List<String> problems = new ArrayList<>();
        BUNDLES.forEach((bundle, byLanguage) -> {
            Set<String> all = byLanguage.values().stream()
                    .flatMap(p -> p.stringPropertyNames().stream())
                    .collect(Collectors.toCollection(TreeSet::new));
            byLanguage.forEach((language, properties) -> {
                for (String key : all) {
                    String value = properties.getProperty(key);
                    if (value == null) {
                        problems.add(where(bundle, language) + ": missing key " + key
                                + " (present in " + languagesHaving(byLanguage, key) + ")");
                    } else if (value.isBlank()) {
                        problems.add(where(bundle, language) + ": blank value of " + key);
                    }
                }
            });
        });
        report("Keys missing or blank in a language", problems);
    }

    @Test
    void fallbackBundlesAreTheEnglishOnes() {
        List<String> problems = new ArrayList<>();
        BUNDLES.forEach((bundle, byLanguage) -> {
            Properties fallback = byLanguage.get("");
            Properties english = byLanguage.get("en");
            for (String key : new TreeSet<>(english.stringPropertyNames())) {
                String value = fallback.getProperty(key);
                if (value != null && !value.equals(english.getProperty(key))) {
                    problems.add(fileName(bundle, "") + " differs from " + fileName(bundle, "en") + " at " + key
                            + ":\n      fallback: " + value + "\n      en:       " + english.getProperty(key));
                }
            }
        });
        report("The fallback bundles must say the same as the English ones", problems);
    }

    @Test
    void placeholdersAndPatternsAreValid() {
        List<String> problems = new ArrayList<>();
        BUNDLES.forEach((bundle, byLanguage) -> {
            Properties reference = byLanguage.get(REFERENCE);
            byLanguage.forEach((language, properties) -> {
                for (String key : new TreeSet<>(properties.stringPropertyNames())) {
                    String value = properties.getProperty(key);
                    String at = where(bundle, language) + " " + key + ": ";
                    String english = reference.getProperty(key);
                    if (VALIDATION.equals(bundle)) {
                        checkHibernateValidatorSyntax(value, at, problems);
                    } else if (FACES.equals(bundle) || MF_ARGUMENT_START.matcher(value).find()
                            || english != null && MF_ARGUMENT_START.matcher(english).find()) {
                        // Faces formats every message; Messages.text those it is given arguments for.
                        checkMessageFormat(value, language, at, problems);
                    }
                    if (english != null && !language.equals(REFERENCE)) {
                        Set<String> expected = placeholders(bundle, english);
                        Set<String> actual = placeholders(bundle, value);
                        if (!expected.equals(actual)) {
                            problems.add(at + "placeholders " + actual + " but English has " + expected + ": " + value);
                        }
                    }
                }
            });
        });
        report("Values that would not format correctly", problems);
    }

    // ------------------------------------------------------------------------------------------------
    // Keys the pages use

    @Test
    void everyKeyOfThePagesExists() throws IOException {
        Path webapp = module.resolve("src/main/webapp");
        List<Path> pages = files(webapp, ".xhtml");
        assertFalse(pages.isEmpty(), "No .xhtml files under " + webapp);

        Map<String, Set<String>> required = new TreeMap<>(); // key -> where it is used
        List<String> problems = new ArrayList<>();
        // Per template: the parameters it turns into keys, e.g. key -> [.title, .text] for msg[key.concat('.title')].
        Map<Path, Map<String, Set<String>>> parameterSuffixes = new LinkedHashMap<>();

        for (Path page : pages) {
            String text = stripXmlComments(read(page));
            String name = webapp.relativize(page).toString();
            for (MsgExpression expression : msgExpressions(text)) {
                String at = name + ":" + lineOf(text, expression.offset());
                String inner = expression.inner().strip();
                Matcher m;
                if ((m = Pattern.compile("^'([^']*)'$|^\"([^\"]*)\"$").matcher(inner)).matches()) {
                    require(required, m.group(1) != null ? m.group(1) : m.group(2), at);
                } else if ((m = Pattern.compile("^(?:'([^']*)'|\"([^\"]*)\")\\s*\\.\\s*concat\\s*\\(.*\\)$",
                        Pattern.DOTALL).matcher(inner)).matches()) {
                    String prefix = m.group(1) != null ? m.group(1) : m.group(2);
                    Set<String> suffixes = DYNAMIC_SUFFIXES.get(prefix);
                    if (suffixes == null) {
                        problems.add(at + ": msg[" + inner + "] builds keys with the prefix '" + prefix
                                + "', which this test does not know; add its possible endings to DYNAMIC_SUFFIXES");
                    } else {
                        suffixes.forEach(suffix -> require(required, prefix + suffix, at + " (msg[" + inner + "])"));
                    }
                } else if ((m = Pattern.compile("^([A-Za-z_]\\w*)\\s*\\.\\s*concat\\s*\\(\\s*(?:'([^']*)'|\"([^\"]*)\")\\s*\\)$")
                        .matcher(inner)).matches()) {
                    parameterSuffixes.computeIfAbsent(page.toAbsolutePath().normalize(), p -> new TreeMap<>())
                            .computeIfAbsent(m.group(1), p -> new TreeSet<>())
                            .add(m.group(2) != null ? m.group(2) : m.group(3));
                } else {
                    problems.add(at + ": msg[" + inner + "] is a key this test cannot work out; use a literal key or"
                            + " one of the known prefixes " + DYNAMIC_SUFFIXES.keySet());
                }
            }
            Matcher dotted = Pattern.compile("(?<![\\w.$])msg\\.([A-Za-z_]\\w*)").matcher(text);
            while (dotted.find()) {
                require(required, dotted.group(1), name + ":" + lineOf(text, dotted.start()));
            }
        }

        // Pages that use such a template or include: each of their ui:param values with each ending.
        int parameterKeys = 0;
        for (Path page : pages) {
            String text = stripXmlComments(read(page));
            String name = webapp.relativize(page).toString();
            for (Path used : referencedFacelets(webapp, page, text)) {
                Map<String, Set<String>> bySuffix = parameterSuffixes.get(used);
                if (bySuffix == null) {
                    continue;
                }
                Map<String, List<String>> params = uiParams(text);
                for (Map.Entry<String, Set<String>> parameter : bySuffix.entrySet()) {
                    List<String> values = params.getOrDefault(parameter.getKey(), List.of());
                    for (String value : values) {
                        if (value.contains("#{") || value.contains("${")) {
                            problems.add(name + ": <ui:param name=\"" + parameter.getKey() + "\" value=\"" + value
                                    + "\"/> is an expression; this test can only check literal keys");
                            continue;
                        }
                        for (String suffix : parameter.getValue()) {
                            require(required, value + suffix, name + " (ui:param " + parameter.getKey() + ")");
                            parameterKeys++;
                        }
                    }
                }
            }
        }
        if (!parameterSuffixes.isEmpty() && parameterKeys == 0) {
            problems.add("Templates build keys from parameters " + parameterSuffixes
                    + " but no page passing such a parameter was found");
        }
        assertFalse(required.isEmpty(), "No msg['...'] keys found in the pages; is the parser broken?");

        missingIn(MESSAGES, required, problems);
        report("Keys used by the pages but missing from the bundle", problems);
    }

    // ------------------------------------------------------------------------------------------------
    // Keys the Java sources use

    @Test
    void everyKeyOfTheJavaSourcesExists() throws IOException {
        Map<Path, String> sources = javaSources();
        assertFalse(sources.isEmpty(), "No Java sources found under " + repository + "/portal-*/src/main/java");

        // Exceptions that carry a message key: those implementing Localizable and their subclasses.
        Set<String> localizable = new TreeSet<>(List.of(
                "PortalException", "DomainException", "DuplicateException", "ConcurrentChangeException",
                "NotFoundException"));
        Pattern implementing = Pattern.compile("\\bclass\\s+(\\w+)[^{]*\\bimplements\\b[^{]*\\bLocalizable\\b");
        Pattern extending = Pattern.compile("\\bclass\\s+(\\w+)\\s*(?:<[^{]*?>)?\\s+extends\\s+(\\w+)");
        sources.values().forEach(code -> {
            Matcher m = implementing.matcher(code);
            while (m.find()) {
                localizable.add(m.group(1));
            }
        });
        for (boolean grew = true; grew; ) {
            grew = false;
            for (String code : sources.values()) {
                Matcher m = extending.matcher(code);
                while (m.find()) {
                    if (localizable.contains(m.group(2)) && localizable.add(m.group(1))) {
                        grew = true;
                    }
                }
            }
        }

        Map<String, Set<String>> required = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        Pattern messagesCall = Pattern.compile("\\bMessages\\s*\\.\\s*(info|warn|error|fatal|text)\\s*\\(");
        Pattern constructorCall = Pattern.compile("\\bnew\\s+(\\w+)\\s*\\(");
        Pattern superCall = Pattern.compile("\\bsuper\\s*\\(");
        Pattern declaredClass = Pattern.compile("\\bclass\\s+(\\w+)");

        for (Map.Entry<Path, String> source : sources.entrySet()) {
            String code = source.getValue();
            String name = repository.relativize(source.getKey()).toString();

            Matcher m = messagesCall.matcher(code);
            while (m.find()) {
                List<String> arguments = arguments(code, m.end());
                if (arguments.isEmpty()) {
                    continue;
                }
                // Messages.text(locale, key, ...) has the key second.
                int index = "text".equals(m.group(1)) && literals(arguments.get(0)).isEmpty() && arguments.size() > 1
                        ? 1 : 0;
                String at = name + ":" + lineOf(code, m.start());
                for (String literal : literals(arguments.get(index))) {
                    if (KEY_LIKE.matcher(literal).matches()) {
                        require(required, literal, at);
                    } else {
                        problems.add(at + ": Messages." + m.group(1) + " is given the text \"" + literal
                                + "\" instead of a message key");
                    }
                }
            }
            m = constructorCall.matcher(code);
            while (m.find()) {
                if (localizable.contains(m.group(1))) {
                    requireKeyArgument(code, m.end(), name, m.start(), required);
                }
            }
            Matcher classes = declaredClass.matcher(code);
            boolean declaresLocalizable = false;
            while (classes.find()) {
                declaresLocalizable |= localizable.contains(classes.group(1));
            }
            if (declaresLocalizable) {
                m = superCall.matcher(code);
                while (m.find()) {
                    requireKeyArgument(code, m.end(), name, m.start(), required);
                }
            }
        }
        assertFalse(required.isEmpty(), "No message keys found in the Java sources; is the parser broken?");

        missingIn(MESSAGES, required, problems);
        report("Keys used by the Java sources but missing from the bundle " + MESSAGES, problems);
    }

    /**
     * What a notification shows and mails comes from the notices bundle: every message key the services
     * pass to {@code notifications.notify(...)}, every {@code "@key"} argument, every kind's name, and the
     * e-mail templates.
     */
    @Test
    void everyNotificationKeyExistsInTheNoticesBundle() throws IOException {
        Map<String, Set<String>> required = new TreeMap<>();
        Pattern notifyCall = Pattern.compile("\\.notify\\s*\\(");
        Pattern literal = Pattern.compile("\"((?:notify|training\\.notice)\\.[\\w.]+)\"");
        Pattern keyArgument = Pattern.compile("\"@([\\w.-]+)\"");
        for (Map.Entry<Path, String> source : javaSources().entrySet()) {
            String code = source.getValue();
            String name = repository.relativize(source.getKey()).toString();
            Matcher call = notifyCall.matcher(code);
            while (call.find()) {
                String head = code.substring(call.end(), Math.min(code.length(), call.end() + 400));
                Matcher m = literal.matcher(head);
                while (m.find()) {
                    require(required, m.group(1), name + ":" + lineOf(code, call.start()));
                }
            }
            Matcher m = literal.matcher(code);
            while (m.find()) {
                if (!m.group(1).endsWith(".")) {
                    require(required, m.group(1), name + ":" + lineOf(code, m.start()));
                }
            }
            // "@prefix." + code: an argument the reader's language renders, with the prefix's known endings.
            m = keyArgument.matcher(code);
            while (m.find()) {
                String key = m.group(1);
                if (key.endsWith(".")) {
                    DYNAMIC_SUFFIXES.getOrDefault(key, Set.of())
                            .forEach(suffix -> require(required, key + suffix, name));
                }
            }
        }
        DYNAMIC_SUFFIXES.get("project.step.").forEach(step -> require(required, "project.step." + step,
                "an argument \"@project.step.<code>\" of a task's notification"));
        org.birge.portal.notify.domain.NotificationKinds.ALL.forEach(kind -> require(required, "notify.kind." + kind,
                "NotificationKinds.ALL"));
        List.of("notify.kind.digest", "mail.subject", "mail.body", "mail.digest.subject", "mail.digest.intro",
                "mail.digest.item", "mail.digest.footer").forEach(key -> require(required, key, "MailText"));
        assertFalse(required.isEmpty(), "No notification keys found in the Java sources; is the parser broken?");
        List<String> problems = new ArrayList<>();
        missingIn(NOTICES, required, problems);
        report("Notification keys missing from the bundle " + NOTICES, problems);
    }

    @Test
    void everyConstraintMessageExists() throws IOException {
        Map<String, Set<String>> required = new TreeMap<>();
        Pattern message = Pattern.compile("\\bmessage\\s*=\\s*\"\\{([^}\"]+)}\"");
        for (Map.Entry<Path, String> source : javaSources().entrySet()) {
            Matcher m = message.matcher(source.getValue());
            while (m.find()) {
                String key = m.group(1);
                if (!key.startsWith("jakarta.validation.") && !key.startsWith("org.hibernate.validator.")) {
                    require(required, key, repository.relativize(source.getKey()) + ":"
                            + lineOf(source.getValue(), m.start()));
                }
            }
        }
        REQUIRED_CONSTRAINT_KEYS.forEach(key -> require(required, key, "a standard constraint of Bean Validation"));

        List<String> problems = new ArrayList<>();
        missingIn(VALIDATION, required, problems);

        // The same validation.* texts live in both bundles (the services show them through Messages too).
        Map<String, Properties> interfaceTexts = BUNDLES.get(MESSAGES);
        BUNDLES.get(VALIDATION).forEach((language, properties) -> {
            for (String key : new TreeSet<>(properties.stringPropertyNames())) {
                String other = interfaceTexts.get(language).getProperty(key);
                if (other != null && !other.equals(properties.getProperty(key))) {
                    problems.add(key + " differs between " + fileName(VALIDATION, language) + " and "
                            + fileName(MESSAGES, language) + ":\n      " + properties.getProperty(key)
                            + "\n      " + other);
                }
            }
        });
        report("Bean Validation messages missing or out of step", problems);
    }

    @Test
    void facesBundleOverridesRealFacesMessages() throws IOException {
        Map<String, Set<String>> required = new TreeMap<>();
        REQUIRED_FACES_KEYS.forEach(key -> require(required, key, "a standard Faces message a form may show"));
        List<String> problems = new ArrayList<>();
        missingIn(FACES, required, problems);

        Properties standard = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("jakarta/faces/Messages.properties")) {
            if (in != null) { // Part of jakarta.jakartaee-api; the check is skipped if the API jar changes.
                standard.load(in);
            }
        }
        if (!standard.isEmpty()) {
            BUNDLES.get(FACES).forEach((language, properties) -> {
                for (String key : new TreeSet<>(properties.stringPropertyNames())) {
                    String original = standard.getProperty(key);
                    if (original == null) {
                        problems.add(where(FACES, language) + ": " + key
                                + " is not a message of jakarta/faces/Messages.properties (a typo?)");
                    } else if (!placeholders(FACES, original).containsAll(placeholders(FACES, properties.getProperty(key)))) {
                        problems.add(where(FACES, language) + " " + key + ": uses " + placeholders(FACES,
                                properties.getProperty(key)) + " but Faces only passes " + placeholders(FACES, original));
                    }
                }
            });
        }
        report("Faces messages missing or wrong", problems);
    }

    // ------------------------------------------------------------------------------------------------
    // Reading

    private static Path moduleDirectory() {
        for (String candidate : new String[] {System.getProperty("basedir"), System.getProperty("user.dir")}) {
            if (candidate == null) {
                continue;
            }
            Path dir = Path.of(candidate);
            if (Files.isDirectory(dir.resolve("src/main/webapp"))) {
                return dir;
            }
            if (Files.isDirectory(dir.resolve("portal-web/src/main/webapp"))) {
                return dir.resolve("portal-web");
            }
        }
        throw new IllegalStateException("Cannot find the portal-web module from " + System.getProperty("user.dir"));
    }

    private static Map<String, Properties> readBundle(Path directory, String bundle) {
        Map<String, Properties> byLanguage = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            Path file = directory.resolve(fileName(bundle, language));
            Properties properties = new Properties() {
                private static final long serialVersionUID = 1L;

                @Override
                public synchronized Object put(Object key, Object value) {
                    if (containsKey(key)) {
                        READ_PROBLEMS.add(file.getFileName() + ": key " + key + " is defined more than once");
                    }
                    return super.put(key, value);
                }
            };
            if (!Files.exists(file)) {
                READ_PROBLEMS.add(module.relativize(file) + " does not exist");
            } else {
                try {
                    properties.load(new StringReader(decodeUtf8(file)));
                } catch (CharacterCodingException e) {
                    READ_PROBLEMS.add(file.getFileName() + " is not valid UTF-8: " + e);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            byLanguage.put(language, properties);
        }
        return byLanguage;
    }

    private static String decodeUtf8(Path file) throws IOException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                .toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path root, String ending) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(ending) && Files.isRegularFile(p)).sorted().toList();
        }
    }

    /** The Java sources of all modules, with comments blanked out (line numbers stay). */
    private static Map<Path, String> javaSources() throws IOException {
        Map<Path, String> sources = new TreeMap<>();
        try (Stream<Path> modules = Files.list(repository)) {
            for (Path dir : modules.filter(p -> p.getFileName().toString().startsWith("portal-")).sorted().toList()) {
                Path java = dir.resolve("src/main/java");
                if (Files.isDirectory(java)) {
                    for (Path file : files(java, ".java")) {
                        sources.put(file, stripJavaComments(read(file)));
                    }
                }
            }
        }
        return sources;
    }

    // ------------------------------------------------------------------------------------------------
    // Facelets

    private record MsgExpression(String inner, int offset) {
    }

    /** Every {@code msg[...]} with what stands between the brackets. */
    private static List<MsgExpression> msgExpressions(String text) {
        List<MsgExpression> found = new ArrayList<>();
        Matcher m = Pattern.compile("(?<![\\w.$])msg\\s*\\[").matcher(text);
        while (m.find()) {
            int depth = 1;
            char quote = 0;
            int i = m.end();
            for (; i < text.length() && depth > 0; i++) {
                char c = text.charAt(i);
                if (quote != 0) {
                    if (c == '\\') {
                        i++;
                    } else if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == '[') {
                    depth++;
                } else if (c == ']') {
                    depth--;
                }
            }
            found.add(new MsgExpression(text.substring(m.end(), Math.max(m.end(), i - 1)), m.start()));
        }
        return found;
    }

    /** The templates and includes a page uses, as absolute paths. */
    private static Set<Path> referencedFacelets(Path webapp, Path page, String text) {
        Set<Path> used = new LinkedHashSet<>();
        Matcher m = Pattern.compile("\\b(?:template|src)\\s*=\\s*\"([^\"#$]+\\.xhtml)\"").matcher(text);
        while (m.find()) {
            String reference = m.group(1);
            Path target = reference.startsWith("/")
                    ? webapp.resolve(reference.substring(1))
                    : page.getParent().resolve(reference);
            used.add(target.toAbsolutePath().normalize());
        }
        return used;
    }

    /** name -> values of the page's {@code <ui:param>}s. */
    private static Map<String, List<String>> uiParams(String text) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        Matcher tag = Pattern.compile("<ui:param\\b([^>]*?)/?>").matcher(text);
        while (tag.find()) {
            String name = attribute(tag.group(1), "name");
            String value = attribute(tag.group(1), "value");
            if (name != null && value != null) {
                params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }
        return params;
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("\\b" + name + "\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')").matcher(attributes);
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }

    private static String stripXmlComments(String text) {
        Matcher m = Pattern.compile("<!--.*?-->", Pattern.DOTALL).matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group().replaceAll("[^\n]", " ")));
        }
        m.appendTail(out);
        return out.toString();
    }

    // ------------------------------------------------------------------------------------------------
    // Java

    private static void requireKeyArgument(String code, int afterParenthesis, String name, int offset,
            Map<String, Set<String>> required) {
        List<String> arguments = arguments(code, afterParenthesis);
        if (!arguments.isEmpty()) {
            for (String literal : literals(arguments.get(0))) {
                if (KEY_LIKE.matcher(literal).matches()) {
                    require(required, literal, name + ":" + lineOf(code, offset));
                }
            }
        }
    }

    /** The top-level arguments of a call whose opening parenthesis ends just before {@code start}. */
    private static List<String> arguments(String code, int start) {
        List<String> arguments = new ArrayList<>();
        int depth = 0;
        int begin = start;
        for (int i = start; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(code, i);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (c == ')') {
                String last = code.substring(begin, i);
                if (!last.isBlank() || !arguments.isEmpty()) {
                    arguments.add(last);
                }
                return arguments;
            } else if (c == ',' && depth == 0) {
                arguments.add(code.substring(begin, i));
                begin = i + 1;
            }
        }
        return arguments;
    }

    /** The contents of the string literals in a piece of code, e.g. both keys of {@code a ? "x.y" : "x.z"}. */
    private static List<String> literals(String code) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(code);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** Index of the closing quote of the string or char literal opening at {@code i}. */
    private static int endOfLiteral(String code, int i) {
        char quote = code.charAt(i);
        if (quote == '"' && code.startsWith("\"\"\"", i)) {
            int end = code.indexOf("\"\"\"", i + 3);
            return end < 0 ? code.length() : end + 2;
        }
        for (int j = i + 1; j < code.length(); j++) {
            char c = code.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == quote || c == '\n') {
                return j;
            }
        }
        return code.length();
    }

    /** Blanks out comments, keeping string literals and line breaks. */
    private static String stripJavaComments(String code) {
        StringBuilder out = new StringBuilder(code);
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(code, i);
            } else if (code.startsWith("//", i)) {
                int end = code.indexOf('\n', i);
                end = end < 0 ? code.length() : end;
                blank(out, i, end);
                i = end;
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                end = end < 0 ? code.length() : end + 2;
                blank(out, i, end);
                i = end - 1;
            }
        }
        return out.toString();
    }

    private static void blank(StringBuilder out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (out.charAt(i) != '\n') {
                out.setCharAt(i, ' ');
            }
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Values

    private static void checkMessageFormat(String value, String language, String at, List<String> problems) {
        try {
            new MessageFormat(value, Locale.forLanguageTag(language.isEmpty() ? "en" : language));
        } catch (IllegalArgumentException e) {
            problems.add(at + "java.text.MessageFormat cannot parse it (" + e.getMessage() + "): " + value);
            return;
        }
        if (value.replace("''", "").indexOf('\'') >= 0) {
            problems.add(at + "a single apostrophe starts a quoted section in MessageFormat and disappears;"
                    + " write it twice (''): " + value);
        }
    }

    private static void checkHibernateValidatorSyntax(String value, String at, List<String> problems) {
        String rest = EL_EXPRESSION.matcher(value).replaceAll("").replaceAll("\\\\.", "");
        int depth = 0;
        for (char c : rest.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth < 0 || depth > 1) {
                break;
            }
        }
        if (depth != 0 || rest.contains("$")) {
            problems.add(at + "unbalanced { } or a lone $; escape literal {, }, $ and \\ with a backslash: " + value);
        }
    }

    /** The placeholders a value uses: MessageFormat argument numbers and named ones such as {max}. */
    private static Set<String> placeholders(String bundle, String value) {
        String text = VALIDATION.equals(bundle) ? EL_EXPRESSION.matcher(value).replaceAll("") : value;
        if (!VALIDATION.equals(bundle)) {
            text = text.replaceAll("'[^']*'", ""); // quoted sections of MessageFormat ('' included)
        }
        Set<String> found = new TreeSet<>();
        Matcher m = MF_ARGUMENT.matcher(text);
        while (m.find()) {
            found.add("{" + m.group(1) + "}");
        }
        m = NAMED_PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add("{" + m.group(1) + "}");
        }
        return found;
    }

    // ------------------------------------------------------------------------------------------------
    // Helpers

    private static void require(Map<String, Set<String>> required, String key, String where) {
        required.computeIfAbsent(key, k -> new TreeSet<>()).add(where);
    }

    private static void missingIn(String bundle, Map<String, Set<String>> required, List<String> problems) {
        required.forEach((key, usedAt) -> BUNDLES.get(bundle).forEach((language, properties) -> {
            if (properties.getProperty(key) == null) {
                problems.add(where(bundle, language) + ": missing key " + key + ", used at " + String.join(", ", usedAt));
            }
        }));
    }

    private static String languagesHaving(Map<String, Properties> byLanguage, String key) {
        return byLanguage.entrySet().stream()
                .filter(e -> e.getValue().getProperty(key) != null)
                .map(e -> e.getKey().isEmpty() ? "fallback" : e.getKey())
                .collect(Collectors.joining(", "));
    }

    private static String fileName(String bundle, String language) {
        return bundle + (language.isEmpty() ? "" : "_" + language) + ".properties";
    }

    private static String where(String bundle, String language) {
        return bundle + " [" + (language.isEmpty() ? "fallback" : language) + "] " + fileName(bundle, language);
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static Set<String> union(Collection<String> a, Collection<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static void report(String title, List<String> problems) {
        List<String> distinct = problems.stream().filter(Objects::nonNull).distinct().toList();
        if (!distinct.isEmpty()) {
            fail(title + " (" + distinct.size() + "):\n  " + String.join("\n  ", distinct));
        }
    }
}
