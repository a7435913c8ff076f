package org.birge.portal.shared.web;

import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.birge.portal.shared.domain.Language;
import org.birge.portal.shared.service.export.ExportLabels;

/** The portal's message bundle in one language, for the texts of exports and PDFs the services write. */
public final class BundleLabels implements ExportLabels {

    private static final String BUNDLE = "org.birge.portal.i18n.messages";

    private final Language language;
    private final ResourceBundle bundle;

    public BundleLabels(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), BundleLabels.class.getClassLoader());
    }

    @Override
    public String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    @Override
    public Language language() {
        return language;
    }
}
