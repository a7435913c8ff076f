package org.birge.portal.notify.service;

import org.birge.portal.notify.domain.EmailMode;

/**
 * One kind of notification and the e-mail a person wants for it. {@code version} is the saved choice's
 * version, or -1 while the person has kept the default (each mail at once).
 */
public record PreferenceRow(String kind, EmailMode mode, long version) {
}
