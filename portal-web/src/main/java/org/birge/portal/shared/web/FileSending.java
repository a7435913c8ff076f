package org.birge.portal.shared.web;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.birge.portal.project.service.FileDownload;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.NotFoundException;

/**
 * Sends a stored file named by the last segment of the request's path ({@code /…/<id>}), as every file
 * servlet of the portal does: the service the caller names decides who may have it (403 otherwise, 404 for an
 * unknown id); the type is the one found in the content at upload and the browser is told not to guess; PDFs
 * are downloaded, images shown.
 */
public final class FileSending {

    /** Cache-Control of a file only its readers may have. */
    public static final String PRIVATE = "private, no-store";

    /** Finds the file with an id, or refuses. */
    @FunctionalInterface
    public interface Lookup {
        FileDownload find(long id);
    }

    private FileSending() {
    }

    public static void send(HttpServletRequest request, HttpServletResponse response, Lookup lookup,
                            String cacheControl) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FileDownload file;
        try {
            file = lookup.find(id);
        } catch (AccessDeniedException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.mediaType());
        response.setContentLengthLong(file.size());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", cacheControl);
        String encoded = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        response.setHeader("Content-Disposition", (file.isImage() ? "inline" : "attachment")
                + "; filename=\"file." + file.fileName().substring(file.fileName().lastIndexOf('.') + 1)
                + "\"; filename*=UTF-8''" + encoded);
        Files.copy(file.path(), response.getOutputStream());
    }
}
