package org.birge.portal.it;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What a page shows that no reader should see: a message key the bundles lack (JSF shows it as
 * {@code ???key???}), an expression left unevaluated ({@code #{...}}), or a text that is a bundle key itself
 * (dotted lower-case words such as {@code feedback.appeal.subject}), in the page's text or in the attributes
 * a reader hears or sees (title, aria-label, placeholder, alt, a button's value).
 */
final class PageTexts {

    /** JavaScript: every text node and readable attribute of the page that looks unresolved. */
    private static final String FIND = """
            const key = /^[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9_-]+){2,}$/;
            const bad = t => t.includes('???') || t.includes('#{') || key.test(t.trim());
            const found = [];
            const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                const parent = n.parentElement;
                if (parent && (parent.closest('script, style, noscript, template'))) continue;
                if (bad(n.nodeValue)) found.push('text "' + n.nodeValue.trim() + '" in <' + parent.tagName.toLowerCase()
                        + (parent.id ? ' id=' + parent.id : '') + '>');
            }
            for (const e of document.querySelectorAll('[title], [aria-label], [placeholder], [alt], input[type=submit], input[type=button]')) {
                for (const a of ['title', 'aria-label', 'placeholder', 'alt', 'value']) {
                    const v = e.getAttribute(a);
                    if (v && (a !== 'value' || e.tagName === 'INPUT') && bad(v)) {
                        found.push(a + '="' + v + '" of <' + e.tagName.toLowerCase() + (e.id ? ' id=' + e.id : '') + '>');
                    }
                }
            }
            if (document.title && bad(document.title)) found.push('title "' + document.title + '"');
            return found;
            """;

    /**
     * JavaScript: texts with a date not written dd.MM.yyyy (ISO yyyy-MM-dd) or an amount in tenge without
     * grouping. Data shown as it was recorded (an audit record's before and after, class birge-recorded) is
     * left out: it is what the hash chain holds.
     */
    private static final String FORMATS = """
            const iso = /\\b\\d{4}-\\d{2}-\\d{2}\\b/;
            const ungrouped = /\\d{5,}[\\s\\u00a0]?₸/;
            const found = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                const parent = n.parentElement;
                if (parent && parent.closest('script, style, noscript, template, input, textarea, .birge-recorded')) continue;
                const t = n.nodeValue;
                if (iso.test(t)) found.push('a date not dd.MM.yyyy: "' + t.trim() + '"');
                if (ungrouped.test(t)) found.push('an amount without grouping: "' + t.trim() + '"');
            }
            return found;
            """;

    private PageTexts() {
    }

    /** The unresolved texts of the page now shown, each with where it is; empty when there are none. */
    @SuppressWarnings("unchecked")
    static List<String> unresolved(WebDriver driver) {
        return new ArrayList<>((List<String>) ((JavascriptExecutor) driver).executeScript(FIND));
    }

    /** The dates and amounts of the page now shown that are not written as the portal writes them. */
    @SuppressWarnings("unchecked")
    static List<String> misformatted(WebDriver driver) {
        return new ArrayList<>((List<String>) ((JavascriptExecutor) driver).executeScript(FORMATS));
    }

    /** The language the page declares on its html element. */
    static String language(WebDriver driver) {
        return (String) ((JavascriptExecutor) driver).executeScript("return document.documentElement.lang;");
    }
}
