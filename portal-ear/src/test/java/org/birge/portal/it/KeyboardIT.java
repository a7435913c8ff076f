package org.birge.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * A resident writes an appeal with the keyboard alone, in real headless Chromium: the skip link is the first
 * stop and leads into the page's content, Tab reaches every field of the form in order, the arrow keys choose
 * a topic, Space ticks a box, Enter sends the form, and wherever the focus is, it is shown (an outline or
 * PrimeFaces' focus ring on the element or on the widget around it).
 */
class KeyboardIT {

    /** JavaScript: the focused element's id, or its tag when it has none. */
    private static final String FOCUSED = "const e = document.activeElement;"
            + " return e ? (e.id || e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')) : '';";

    /**
     * JavaScript: whether the focused element shows it has the focus: an outline or a box shadow on it or on
     * one of its three nearest ancestors, or on the PrimeFaces widget around a hidden input (whose box takes
     * the focus ring).
     */
    private static final String FOCUS_SHOWN = """
            const e = document.activeElement;
            if (!e || e === document.body) return false;
            const shows = el => {
                const s = getComputedStyle(el);
                const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
                const shadow = s.boxShadow !== 'none' && !/^rgba\\(0, 0, 0, 0\\) 0px 0px 0px 0px$/.test(s.boxShadow);
                return outline || shadow;
            };
            for (let el = e, k = 0; el && k < 4; el = el.parentElement, k++) if (shows(el)) return true;
            const widget = e.closest('.ui-radiobutton, .ui-chkbox, .ui-selectonemenu, .ui-selectbooleancheckbox');
            const ring = widget && widget.querySelector('.ui-state-focus');
            return !!(ring && shows(ring));
            """;

    private ProjectBrowser browser;
    private final List<String> unseenFocus = new ArrayList<>();

    private void press(CharSequence... keys) {
        new Actions(browser.driver).sendKeys(keys).perform();
        browser.waitForAjax();
    }

    private String focused() {
        return (String) ((JavascriptExecutor) browser.driver).executeScript(FOCUSED);
    }

    /** Presses Tab until the element with the id has the focus, noting every stop whose focus is not shown. */
    private void tabTo(String id) {
        for (int i = 0; i < 20; i++) {
            press(Keys.TAB);
            String at = focused();
            if (!Boolean.TRUE.equals(((JavascriptExecutor) browser.driver).executeScript(FOCUS_SHOWN))) {
                unseenFocus.add(at);
            }
            if (at.equals(id)) {
                return;
            }
        }
        fail("Tab never reached " + id + "; the focus is at " + focused());
    }

    private Object script(String js) {
        return ((JavascriptExecutor) browser.driver).executeScript(js);
    }

    @Test
    void aResidentSendsAnAppealWithTheKeyboardAlone() {
        String subject = "Клавиатура " + UUID.randomUUID().toString().substring(0, 6);
        browser = ProjectBrowser.signIn(DemoAccount.RESIDENT_ZAISAN, "/resident/appeal.xhtml");
        try {
            browser.find(By.id("appealForm"));
            // The first Tab stops at the skip link, which shows itself; Enter leads into the page's content.
            press(Keys.TAB);
            assertTrue(focused().contains("skip-link"), "the first stop is the skip link: " + focused());
            assertTrue(((Number) script("return document.activeElement.getBoundingClientRect().left;")).doubleValue() >= 0,
                    "the focused skip link is on the screen");
            browser.screenshot("keyboard-skip-link");
            press(Keys.ENTER);
            press(Keys.TAB);
            assertEquals(Boolean.TRUE, script("return document.getElementById('main').contains(document.activeElement);"),
                    "after the skip link the next stop is in the content: " + focused());

            // The form: the kind is preset, the topic is chosen with the arrow keys.
            tabTo("appealForm:category_label");
            press(Keys.ARROW_DOWN);
            browser.wait.until(d -> !"".equals(script("return document.getElementById('appealForm:category_input').value;")));
            tabTo("appealForm:subject");
            press(subject);
            tabTo("appealForm:body");
            press("Во дворе дома № 5 не горят фонари. Написано без мыши.");
            tabTo("appealForm:public_input");
            press(Keys.SPACE);
            assertEquals(Boolean.TRUE, script("return document.getElementById('appealForm:public_input').checked;"),
                    "Space ticks the box");
            tabTo("appealForm:submit");
            browser.screenshot("keyboard-submit-focused");
            press(Keys.ENTER);

            browser.wait.until(d -> d.getCurrentUrl().contains("id="));
            String reference = browser.find(By.id("appealReference")).getText().strip();
            assertTrue(reference.matches("ZAISAN-\\d{4}-\\d{6}"), reference);
            assertTrue(browser.mainText().contains(subject), "the appeal sent is shown");
            browser.screenshot("keyboard-appeal-sent");
            assertEquals(List.of(), unseenFocus, "stops of the keyboard whose focus is not shown");
        } finally {
            browser.close();
        }
    }
}
