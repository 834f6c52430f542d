package cn.salescrm.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Display labels of enumeration constants, from the bundle key {@code enum.<Type>.<CONSTANT>}.
 * Pages write {@code #{labels.of(row.scale)}}.
 */
@Named("labels")
@ApplicationScoped
public class EnumLabels {

    @Inject
    private Messages messages;

    /** Returns the label of {@code value} in the current language, or an empty text for null. */
    public String of(Enum<?> value) {
        if (value == null) {
            return "";
        }
        return messages.text("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
