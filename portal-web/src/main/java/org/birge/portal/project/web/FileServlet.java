package org.birge.portal.project.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.birge.portal.project.service.AttachmentService;
import org.birge.portal.project.service.FileDownload;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.NotFoundException;

/**
 * Sends a project's file: {@code /files/<id>} to the people of its project, {@code /public/photo/<id>} a
 * published project's photo to anyone; and a file of a course's materials, {@code /training/files/<id>}, to
 * those who may read the course (the URL constraint of {@code /training/*} lets in the people of training).
 * The type is the one found in the content when it was uploaded;
 * PDFs are downloaded, images shown; the browser is told not to guess.
 */
@WebServlet(urlPatterns = {"/files/*", "/public/photo/*", "/training/files/*"})
public class FileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private AttachmentService attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean publicPhoto = request.getServletPath().startsWith("/public/");
        FileDownload file;
        try {
            file = publicPhoto ? attachments.publicPhoto(id)
                    : request.getServletPath().startsWith("/training/") ? attachments.courseFile(id)
                    : attachments.download(id);
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
        response.setHeader("Cache-Control", publicPhoto ? "public, max-age=3600" : "private, no-store");
        String encoded = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        response.setHeader("Content-Disposition", (file.isImage() ? "inline" : "attachment")
                + "; filename=\"file." + file.fileName().substring(file.fileName().lastIndexOf('.') + 1)
                + "\"; filename*=UTF-8''" + encoded);
        Files.copy(file.path(), response.getOutputStream());
    }
}
