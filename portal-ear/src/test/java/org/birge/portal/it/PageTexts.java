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

    private PageTexts() {
    }

    /** The unresolved texts of the page now shown, each with where it is; empty when there are none. */
    @SuppressWarnings("unchecked")
    static List<String> unresolved(WebDriver driver) {
        return new ArrayList<>((List<String>) ((JavascriptExecutor) driver).executeScript(FIND));
    }

    /** The language the page declares on its html element. */
    static String language(WebDriver driver) {
        return (String) ((JavascriptExecutor) driver).executeScript("return document.documentElement.lang;");
    }
}
