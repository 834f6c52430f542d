package cn.salescrm.web.customer;

import cn.salescrm.service.attachment.AttachmentFile;
import cn.salescrm.service.attachment.AttachmentService;
import cn.salescrm.service.security.AccessDeniedException;
import cn.salescrm.web.support.LogText;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Serves a customer's attachment: {@code /crm/attachment?code=C000001&id=42[&inline=true]}. The
 * service checks the caller's right on every request. Only images and PDF files are shown inline.
 * Every other type is always a download, so no uploaded HTML or script runs in the application's
 * origin.
 */
@WebServlet("/attachment")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AttachmentServlet.class.getName());
    private static final Set<String> INLINE_TYPES = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif");

    @EJB
    private AttachmentService attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = request.getParameter("code");
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AttachmentFile file;
        try {
            file = attachments.download(code == null ? "" : code, id);
        } catch (AccessDeniedException | EJBAccessException e) {
            LOG.info(() -> "Attachment " + id + " of " + LogText.safe(code) + " denied to " + request.getRemoteUser());
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        boolean inline = Boolean.parseBoolean(request.getParameter("inline")) && INLINE_TYPES.contains(file.contentType());
        response.setContentType(file.contentType());
        response.setContentLength(file.data().length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", (inline ? "inline" : "attachment") + "; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.getOutputStream().write(file.data());
    }
}
