package org.ariadne.monitoring.reminders.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.ariadne.monitoring.reminders.Notification;
import org.ariadne.monitoring.reminders.Reminders;
import org.ariadne.tenancy.TenantRole;
import org.ariadne.tenancy.access.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reminder settings (coordinator) and the tenant's in-app notifications. */
@RestController
@RequestMapping("/api/t/{tenant}/monitoring")
class RemindersController {

    private final Reminders reminders;

    RemindersController(Reminders reminders) {
        this.reminders = reminders;
    }

    record ReminderSettingsRequest(
            @NotNull @Size(max = 500) Map<@NotBlank @Size(max = 300) String, @NotNull @Email @Size(max = 320) String> institutionEmails,
            @Email @Size(max = 320) String coordinatorEmail, @Email @Size(max = 320) String fromAddress,
            @Min(0) @Max(90) int daysBefore) {
    }

    /** The institutions' and the coordinator's addresses are the coordinator's business (the access policy). */
    @GetMapping("/settings/reminders")
    Reminders.Settings settings() {
        return reminders.settings();
    }

    @PutMapping("/settings/reminders")
    Reminders.Settings save(@Valid @RequestBody ReminderSettingsRequest r) {
        return reminders.saveSettings(new Reminders.Settings(r.institutionEmails(), r.coordinatorEmail(), r.fromAddress(),
                r.daysBefore()));
    }

    /** Every member sees the tenant's notifications; only the coordinator sees the address each one was mailed to. */
    @GetMapping("/notifications")
    Map<String, List<Notification>> notifications() {
        List<Notification> notifications = reminders.notifications();
        if (!Caller.current().has(TenantRole.COORDINATOR)) {
            notifications = notifications.stream().map(Notification::withoutEmail).toList();
        }
        return Map.of("notifications", notifications);
    }
}
