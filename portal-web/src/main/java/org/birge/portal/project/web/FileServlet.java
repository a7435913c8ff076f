package org.birge.portal.project.web;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.birge.portal.project.service.AttachmentService;
import org.birge.portal.shared.web.FileSending;

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
        String path = request.getServletPath();
        boolean publicPhoto = path.startsWith("/public/");
        FileSending.send(request, response, publicPhoto ? attachments::publicPhoto
                        : path.startsWith("/training/") ? attachments::courseFile : attachments::download,
                publicPhoto ? "public, max-age=3600" : FileSending.PRIVATE);
    }
}
