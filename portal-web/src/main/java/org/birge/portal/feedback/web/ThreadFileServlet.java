package org.birge.portal.feedback.web;

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
 * Sends a file of a thread's message, {@code /work/thread-files/<id>}, to the thread's participants only
 * (the service decides: 403 for anyone else). PDFs are downloaded, images shown; the browser is told not to
 * guess the type.
 */
@WebServlet(urlPatterns = "/work/thread-files/*")
public class ThreadFileServlet extends HttpServlet {

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
        FileDownload file;
        try {
            file = attachments.threadFile(id);
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
        response.setHeader("Cache-Control", "private, no-store");
        String encoded = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        response.setHeader("Content-Disposition", (file.isImage() ? "inline" : "attachment")
                + "; filename=\"file." + file.fileName().substring(file.fileName().lastIndexOf('.') + 1)
                + "\"; filename*=UTF-8''" + encoded);
        Files.copy(file.path(), response.getOutputStream());
    }
}
