package cn.salescrm.domain.settings;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * Application setting, such as the approval policy for transfer requests. The value is text that the code
 * reading the setting parses.
 */
@Entity
@Table(name = "app_setting")
@Cacheable(false)
public class AppSetting {

    /** Key of the approval policy. Any value but "false" means a salesperson's submit needs approval. */
    public static final String APPROVAL_REQUIRED = "approval.required";

    @Id
    @NotBlank
    @Size(max = 100)
    @Column(name = "setting_key", nullable = false, length = 100, updatable = false)
    private String key;

    @NotNull
    @Size(max = 500)
    @Column(name = "setting_value", nullable = false, length = 500)
    private String value;

    @NotNull
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @NotBlank
    @Size(max = 100)
    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    protected AppSetting() {
    }

    public AppSetting(String key, String value, String updatedBy, Instant updatedAt) {
        this.key = key;
        this.value = value;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    /** Sets a new value and records who changed it and when. */
    public void changeValue(String value, String updatedBy, Instant updatedAt) {
        this.value = value;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    /** Returns whether the approval policy is on, given its row or null when no row exists (the default: on). */
    public static boolean approvalRequired(AppSetting setting) {
        return setting == null || !"false".equalsIgnoreCase(setting.getValue());
    }
}
