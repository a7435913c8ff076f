package org.birge.portal.feedback.web;

import jakarta.faces.context.FacesContext;

/** Optional request parameters of the feedback pages. */
final class Params {

    private Params() {
    }

    static String text(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    static boolean present(String name) {
        String value = text(name);
        return value != null && !value.isBlank();
    }
}
