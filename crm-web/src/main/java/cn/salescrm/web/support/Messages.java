package cn.salescrm.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts from the application's resource bundle in the current view's language, and Faces messages
 * built from them. Every text a user sees goes through here or through {@code #{msg}} in a page.
 */
@ApplicationScoped
public class Messages {

    /** Base name of the bundle, also registered as {@code msg} in faces-config.xml. */
    public static final String BUNDLE = "cn.salescrm.web.i18n.messages";

    /** Returns the text for {@code key} with {@code arguments} filled in; a missing key shows as ???key???. */
    public String text(String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale()).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    /** Adds an error message for the component with client id {@code clientId}, or a global one if null. */
    public void addError(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /** Adds an error message with arguments given as a list, as services report them. */
    public void addError(String clientId, String key, List<String> arguments) {
        addError(clientId, key, arguments.toArray());
    }

    /** Adds an information message shown at the top of the page. */
    public void addInfo(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null) {
            return faces.getViewRoot().getLocale();
        }
        return Locale.SIMPLIFIED_CHINESE;
    }
}
