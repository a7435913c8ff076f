package org.birge.portal.shared.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Supplier;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.NotFoundException;

/**
 * Loading what a page shows: a record outside the reader's district or region answers 403, one that
 * does not exist 404, both with the portal's error pages.
 */
public final class Pages {

    private Pages() {
    }

    /** What {@code loader} returns, or null after answering 403 or 404. */
    public static <T> T load(Supplier<T> loader) {
        try {
            return loader.get();
        } catch (AccessDeniedException | EJBAccessException e) {
            fail(403);
        } catch (NotFoundException e) {
            fail(404);
        }
        return null;
    }

    /** The request parameter {@code name} as a number; answers 404 and returns null when it is not one. */
    public static Long idParameter(String name) {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap();
        try {
            return Long.valueOf(parameters.get(name));
        } catch (NumberFormatException e) {
            fail(404);
            return null;
        }
    }

    private static void fail(int status) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.getResponseComplete()) {
            return;
        }
        try {
            context.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
