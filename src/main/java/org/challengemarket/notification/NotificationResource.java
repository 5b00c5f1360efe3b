package org.challengemarket.notification;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.challengemarket.notification.dto.NotificationDtos.NotificationDto;
import org.challengemarket.platform.web.PageDto;
import org.challengemarket.platform.web.PageParams;
import org.challengemarket.platform.web.PageRequest;
import org.challengemarket.platform.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in person's own notifications. */
@Path("/api/v1/notifications")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "jwt")
public class NotificationResource {

    @Inject
    NotificationService notifications;

    @GET
    @Operation(summary = "List my notifications, newest first")
    public PageDto<NotificationDto> list(
            @Parameter(description = "true lists only the unread ones", schema = @Schema(type = SchemaType.BOOLEAN))
                    @QueryParam("unread")
                    String unread,
            @BeanParam PageParams pages) {
        QueryParams p = new QueryParams();
        Boolean unreadOnly = p.bool("unread", unread);
        PageRequest page = pages.read(p);
        p.done();
        return notifications.mine(Boolean.TRUE.equals(unreadOnly), page);
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark one of my notifications read", description = "Marking it again keeps the first time.")
    public NotificationDto markRead(@PathParam("id") UUID id) {
        return notifications.markRead(id);
    }
}
