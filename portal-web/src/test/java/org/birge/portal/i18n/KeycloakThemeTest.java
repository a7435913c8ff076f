package org.birge.portal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keycloak's sign-in and registration pages speak the portal's three languages: the realm offers exactly
 * Kazakh, Russian and English and uses the Birge login theme; the theme extends Keycloak's default login
 * theme, and its message files (UTF-8, as Keycloak reads them) give every key of theirs in all three
 * languages, the Kazakh ones in Kazakh (Cyrillic, with the letters of the Kazakh alphabet).
 */
class KeycloakThemeTest {

    private static final Path REPOSITORY = repository();
    private static final Path THEME = REPOSITORY.resolve("keycloak/themes/birge/login");
    private static final Path REALM = REPOSITORY.resolve("keycloak/realm/birge-realm.json");
    private static final List<String> LANGUAGES = List.of("kk", "ru", "en");
    /** The letters Kazakh has and Russian has not. */
    private static final Pattern KAZAKH_LETTER = Pattern.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    @Test
    void theRealmUsesTheThemeInTheThreeLanguages() throws IOException {
        String realm = Files.readString(REALM, StandardCharsets.UTF_8);
        assertTrue(realm.contains("\"loginTheme\": \"birge\""), "the realm's login theme is birge");
        assertTrue(realm.contains("\"internationalizationEnabled\": true"), "the realm is internationalized");
        Matcher locales = Pattern.compile("\"supportedLocales\"\\s*:\\s*\\[([^]]*)]").matcher(realm);
        assertTrue(locales.find(), "the realm names its languages");
        assertEquals(Set.copyOf(LANGUAGES), Set.copyOf(Arrays.stream(locales.group(1).split(","))
                .map(s -> s.strip().replace("\"", "")).toList()));
        Properties theme = read(THEME.resolve("theme.properties"));
        assertEquals("keycloak.v2", theme.getProperty("parent"), "the theme extends Keycloak's default login theme");
        assertEquals(Set.copyOf(LANGUAGES), Set.of(theme.getProperty("locales").split("\\s*,\\s*")));
    }

    @Test
    void everyTextOfTheThemeIsGivenInEveryLanguageAndTheKazakhInKazakh() throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> own = new TreeSet<>();
        for (String language : LANGUAGES) {
            Path file = THEME.resolve("messages/messages_" + language + ".properties");
            byte[] bytes = Files.readAllBytes(file);
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes));
            } catch (java.nio.charset.CharacterCodingException e) {
                problems.add(file.getFileName() + " is not UTF-8");
            }
            if (!language.equals("kk")) {
                own.addAll(read(file).stringPropertyNames());
            }
        }
        for (String language : LANGUAGES) {
            Properties messages = read(THEME.resolve("messages/messages_" + language + ".properties"));
            for (String key : own) {
                if (messages.getProperty(key, "").isBlank()) {
                    problems.add("messages_" + language + ": missing " + key);
                }
            }
        }
        Properties kazakh = read(THEME.resolve("messages/messages_kk.properties"));
        int withKazakhLetters = 0;
        for (String key : new TreeSet<>(kazakh.stringPropertyNames())) {
            String value = kazakh.getProperty(key);
            if (value.isBlank() || !CYRILLIC.matcher(value).find()) {
                problems.add("messages_kk: " + key + " is not in Kazakh: " + value);
            }
            if (KAZAKH_LETTER.matcher(value).find()) {
                withKazakhLetters++;
            }
        }
        assertTrue(withKazakhLetters * 2 > kazakh.size(),
                "most Kazakh texts use letters of the Kazakh alphabet (" + withKazakhLetters + " of " + kazakh.size() + ")");
        assertEquals(List.of(), problems);
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Path repository() {
        for (String candidate : new String[] {System.getProperty("basedir"), System.getProperty("user.dir")}) {
            if (candidate == null) {
                continue;
            }
            Path dir = Path.of(candidate).toAbsolutePath().normalize();
            for (Path at = dir; at != null; at = at.getParent()) {
                if (Files.isDirectory(at.resolve("keycloak/themes"))) {
                    return at;
                }
            }
        }
        throw new IllegalStateException("Cannot find the repository's keycloak folder from " + System.getProperty("user.dir"));
    }
}
