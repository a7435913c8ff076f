package org.birge.portal.feedback.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.birge.portal.org.domain.Role;
import org.birge.portal.project.service.AttachmentService;
import org.birge.portal.project.service.FileDownload;
import org.birge.portal.shared.service.AccessDeniedException;
import org.birge.portal.shared.service.NotFoundException;

/**
 * Sends a file of an appeal, {@code /appeal-files/<id>}, to those who may read the appeal: its author, the
 * mayor of its district, the governor of its region. PDFs are downloaded, images shown; never cached.
 */
@WebServlet(urlPatterns = "/appeal-files/*")
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.RESIDENT_NAME, Role.MAYOR_NAME, Role.GOVERNOR_NAME}))
public class AppealFileServlet extends HttpServlet {

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
            file = attachments.appealFile(id);
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
