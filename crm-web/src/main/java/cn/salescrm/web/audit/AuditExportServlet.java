package cn.salescrm.web.audit;

import cn.salescrm.domain.transfer.AuditEventType;
import cn.salescrm.service.audit.AuditFilter;
import cn.salescrm.service.audit.AuditService;
import cn.salescrm.service.error.ValidationFailedException;
import cn.salescrm.service.support.BusinessDays;
import cn.salescrm.web.layout.LanguageView;
import cn.salescrm.web.support.ContentDisposition;
import cn.salescrm.web.support.LogText;
import cn.salescrm.web.support.Messages;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * Serves the audit trail as an Excel download:
 * {@code /crm/audit-export?customer=&salesperson=&type=&from=yyyy-MM-dd&to=yyyy-MM-dd}, the filter
 * of the audit page. web.xml lets only managers in, and the service checks the role again. An invalid
 * parameter gets status 400 with a message in the user's language and no file.
 */
@WebServlet("/audit-export")
public class AuditExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AuditExportServlet.class.getName());
    private static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter FILE_DAY = DateTimeFormatter.BASIC_ISO_DATE;

    @EJB
    private AuditService service;

    @Inject
    private LanguageView language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, language.getLocale());
        AuditFilter filter;
        try {
            filter = filterOf(request);
        } catch (InvalidParameterException e) {
            LOG.info(() -> "Audit export rejected parameter " + e.getMessage() + " of " + request.getRemoteUser());
            sendBadRequest(response, bundle.getString("audit.export.invalidParameter"));
            return;
        }
        String day = FILE_DAY.format(BusinessDays.dayOf(Instant.now()));
        response.setContentType(CONTENT_TYPE);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", ContentDisposition.attachment(
                MessageFormat.format(bundle.getString("audit.export.fileName"), day), "audit-" + day + ".xlsx"));
        int rows;
        try {
            rows = new AuditWorkbook(service, bundle).write(filter, response.getOutputStream());
        } catch (ValidationFailedException e) {
            // The workbook checks the filter with its first read, before it writes a byte, so the
            // response is not committed yet and can still become a plain message.
            response.reset();
            sendBadRequest(response, new MessageFormat(bundle.getString(e.messageKey()), language.getLocale())
                    .format(e.arguments().toArray()));
            return;
        }
        LOG.info(() -> "Audit export of " + rows + " rows for " + request.getRemoteUser());
    }

    /** Reads the filter from the request parameters. A blank parameter does not filter. */
    static AuditFilter filterOf(HttpServletRequest request) throws InvalidParameterException {
        String customer = blankToNull(request.getParameter("customer"));
        Long salesperson = parse(request, "salesperson", Long::valueOf);
        AuditEventType type = parse(request, "type", AuditEventType::valueOf);
        LocalDate from = parse(request, "from", LocalDate::parse);
        LocalDate to = parse(request, "to", LocalDate::parse);
        return new AuditFilter(customer, salesperson, type, from, to);
    }

    private static <T> T parse(HttpServletRequest request, String name, Parser<T> parser)
            throws InvalidParameterException {
        String value = blankToNull(request.getParameter(name));
        if (value == null) {
            return null;
        }
        try {
            return parser.parse(value.trim());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidParameterException(name + "=" + LogText.safe(value));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static void sendBadRequest(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/plain; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(message);
    }

    @FunctionalInterface
    private interface Parser<T> {
        T parse(String value);
    }

    /** A request parameter that is not a valid number, event type or date. */
    static final class InvalidParameterException extends Exception {

        private static final long serialVersionUID = 1L;

        InvalidParameterException(String parameter) {
            super(parameter);
        }
    }
}
