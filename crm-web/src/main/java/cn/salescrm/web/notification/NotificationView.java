package cn.salescrm.web.notification;

import cn.salescrm.service.notification.NotificationRow;
import cn.salescrm.service.notification.NotificationService;
import cn.salescrm.service.security.AccessDeniedException;
import cn.salescrm.web.support.Messages;
import cn.salescrm.web.support.ServicePageModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * Backing bean of {@code notifications.xhtml}: the user's notifications, newest first, and marking
 * them read.
 */
@Named
@ViewScoped
public class NotificationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private NotificationService service;

    @Inject
    private Messages messages;

    private ServicePageModel<NotificationRow> model;

    @PostConstruct
    void init() {
        model = new ServicePageModel<>((first, size) -> service.list(first, size));
    }

    /** Marks one notification read. For one that is not the user's, it shows a message and changes nothing. */
    public void markRead(long id) {
        try {
            service.markRead(id);
        } catch (AccessDeniedException e) {
            messages.addError(null, "notifications.notFound");
        }
    }

    /** Marks all of the user's notifications read. */
    public void markAllRead() {
        int count = service.markAllRead();
        messages.addInfo("notifications.allRead", count);
    }

    public ServicePageModel<NotificationRow> getModel() {
        return model;
    }
}
