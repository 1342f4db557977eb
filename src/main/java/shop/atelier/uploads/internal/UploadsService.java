package shop.atelier.uploads.internal;

import com.google.crypto.tink.StreamingAead;
import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.FileNotFoundException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import shop.atelier.platform.NotFoundException;
import shop.atelier.uploads.MarketingConsent;
import shop.atelier.uploads.Material;
import shop.atelier.uploads.MaterialAccess;
import shop.atelier.uploads.MaterialId;
import shop.atelier.uploads.MaterialKind;
import shop.atelier.uploads.MaterialUploaded;
import shop.atelier.uploads.Rendition;
import shop.atelier.uploads.UploadOwner;
import shop.atelier.uploads.UploadRejected;
import shop.atelier.uploads.UploadRejected.Reason;
import shop.atelier.uploads.UploadScope;
import shop.atelier.uploads.Uploads;
import shop.atelier.uploads.Viewer;

/**
 * Ingests materials into the file store, encrypted under their scope's key with the material's id as
 * associated data (a file copied under another id does not decrypt). The file is written first and
 * its row after; if the row cannot be written the file is deleted, so a failed ingest leaves neither.
 */
class UploadsService implements Uploads {

    private static final Logger log = LoggerFactory.getLogger(UploadsService.class);

    private final JdbcClient jdbc;
    private final ScopeKeys keys;
    private final FileStore files;
    private final UploadsProperties properties;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final LinkTokens links;
    private final AccessLog accessLog;
    private final MarketingConsents consents;

    UploadsService(
            JdbcClient jdbc,
            ScopeKeys keys,
            FileStore files,
            UploadsProperties properties,
            Clock clock,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            LinkTokens links,
            AccessLog accessLog,
            MarketingConsents consents) {
        this.links = links;
        this.accessLog = accessLog;
        this.consents = consents;
        this.jdbc = jdbc;
        this.keys = keys;
        this.files = files;
        this.properties = properties;
        this.clock = clock;
        this.transactions = transactions;
        this.events = events;
    }

    @Override
    public Material store(UploadScope scope, MaterialKind kind, String originalFilename, InputStream content) {
        var label = Labels.sanitize(originalFilename);
        var limited = new LimitedInputStream(content, properties.limits().bytes(kind));
        var buffered = new BufferedInputStream(limited, ContentTypes.DETECTION_BYTES);
        var detected = ContentTypes.detect(buffered, kind);
        var key = keys.obtain(scope);
        var id = MaterialId.random();
        var stored = new Stored(detected);
        try {
            files.write(fileKey(id), out -> {
                OutputStream encrypting;
                try {
                    encrypting = key.newEncryptingStream(new NonClosingOutputStream(out), associatedData(id));
                } catch (GeneralSecurityException e) {
                    throw new IOException("cannot encrypt", e);
                }
                var clear = new CountingOutputStream(encrypting);
                if (isPicture(kind, detected)) {
                    var picture = new PictureTrailer(buffered, detected);
                    var photo = Photos.reencode(picture, detected, properties.maxPixels(), clear);
                    // Whatever follows the picture is read (within the limit) and dropped; an archive
                    // or markup hidden there (a polyglot) refuses the whole upload.
                    picture.transferTo(OutputStream.nullOutputStream());
                    if (picture.hiddenContent()) {
                        throw new UploadRejected(
                                UploadRejected.Reason.HIDDEN_CONTENT, "an archive or markup follows the picture");
                    }
                    stored.contentType = photo.contentType();
                    stored.width = photo.width();
                    stored.height = photo.height();
                    stored.thumbnail = photo.thumbnail();
                } else {
                    buffered.transferTo(clear);
                }
                clear.close();
                stored.size = clear.count();
            });
            if (stored.thumbnail != null) {
                stored.thumbnailSize = writeThumbnail(id, key, stored.thumbnail);
            }
        } catch (IOException e) {
            deleteQuietly(id);
            throw new UncheckedIOException("cannot store material " + id, e);
        } catch (RuntimeException e) {
            deleteQuietly(id);
            throw e;
        }
        var material = new Material(
                id,
                scope,
                kind,
                stored.contentType,
                stored.size,
                label,
                stored.width,
                stored.height,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        try {
            transactions.executeWithoutResult(status -> {
                insert(material, stored.thumbnailSize);
                events.publishEvent(new MaterialUploaded(id, scope, kind));
            });
        } catch (RuntimeException e) {
            deleteQuietly(id);
            throw e;
        }
        return material;
    }

    /**
     * Writes the row only while the scope still has its key. The row lock on the scope makes a
     * concurrent {@link #destroyScope} wait for this insert, and then see and delete the new row.
     */
    private void insert(Material material, @Nullable Long thumbnailSize) {
        var inserted = jdbc.sql("""
                        insert into upload_materials
                            (id, scope_kind, scope_id, kind, content_type, size_bytes, label, width, height, created_at,
                             thumbnail_size)
                        select :id, scope_kind, scope_id, :kind, :contentType, :size, :label, :width, :height, :createdAt,
                            :thumbnailSize
                        from upload_scopes
                        where scope_kind = :scopeKind and scope_id = :scopeId and destroyed_at is null
                        for share""")
                .param("id", material.id().value())
                .param("scopeKind", material.scope().kind())
                .param("scopeId", material.scope().id())
                .param("kind", material.kind().name())
                .param("contentType", material.contentType())
                .param("size", material.size())
                .param("label", material.label())
                .param("width", material.width())
                .param("height", material.height())
                .param("createdAt", Timestamp.from(material.createdAt()))
                .param("thumbnailSize", thumbnailSize)
                .update();
        if (inserted == 0) {
            throw new UploadRejected(Reason.SCOPE_DESTROYED, "scope " + material.scope() + " was destroyed");
        }
    }

    @Override
    public void assignOwner(UploadScope scope, UploadOwner owner) {
        keys.assignOwner(scope, owner);
    }

    @Override
    public Optional<Material> find(MaterialId id) {
        return jdbc.sql("select * from upload_materials where id = :id")
                .param("id", id.value())
                .query(UploadsService::material)
                .optional();
    }

    @Override
    public List<Material> materials(UploadScope scope) {
        return jdbc.sql(
                        "select * from upload_materials where scope_kind = :kind and scope_id = :id order by created_at, id")
                .param("kind", scope.kind())
                .param("id", scope.id())
                .query(UploadsService::material)
                .list();
    }

    @Override
    public InputStream open(MaterialId id) {
        var material = find(id).orElseThrow(() -> new NotFoundException("no material " + id));
        return decrypt(material, fileKey(id), associatedData(id));
    }

    /**
     * The material's thumbnail in clear.
     *
     * @throws NotFoundException when there is no such material or it has no thumbnail
     */
    InputStream openThumbnail(MaterialId id) {
        var material = find(id).orElseThrow(() -> new NotFoundException("no material " + id));
        if (thumbnailSize(id).isEmpty()) {
            throw new NotFoundException("material " + id + " has no thumbnail");
        }
        return decrypt(material, thumbnailKey(id), thumbnailAssociatedData(id));
    }

    /** The size in clear of the material's thumbnail; empty when it has none (or there is no material). */
    Optional<Long> thumbnailSize(MaterialId id) {
        return jdbc.sql("select thumbnail_size from upload_materials where id = :id and thumbnail_size is not null")
                .param("id", id.value())
                .query(Long.class)
                .optional();
    }

    private InputStream decrypt(Material material, String fileKey, byte[] associatedData) {
        var id = material.id();
        var key = keys.find(material.scope()).orElseThrow(() -> new NotFoundException("no material " + id));
        try {
            return key.newDecryptingStream(files.open(fileKey), associatedData);
        } catch (FileNotFoundException e) {
            throw new NotFoundException("no file for material " + id);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read material " + id, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt material " + id, e);
        }
    }

    @Override
    public void delete(MaterialId id) {
        jdbc.sql("delete from upload_materials where id = :id")
                .param("id", id.value())
                .update();
        deleteQuietly(id);
    }

    @Override
    public void destroyScope(UploadScope scope) {
        var ids = transactions.execute(status -> {
            // The key first: this locks the scope's row, so no material can be added after the delete.
            keys.destroy(scope);
            var materials = jdbc.sql("delete from upload_materials where scope_kind = :kind and scope_id = :id"
                            + " returning id")
                    .param("kind", scope.kind())
                    .param("id", scope.id())
                    .query(UUID.class)
                    .list();
            return materials;
        });
        // The key is gone, so these files are unreadable already; deleting them frees the space.
        ids.forEach(id -> deleteQuietly(new MaterialId(id)));
    }

    @Override
    public void rebind(UploadScope from, UploadScope to, Set<MaterialId> keep) {
        if (from.equals(to)) {
            throw new IllegalArgumentException("cannot rebind " + from + " to itself");
        }
        // Locks the cart's scope: a concurrent store() waits, then finds the scope destroyed.
        if (!keys.moveTo(from, to)) {
            if (!keep.isEmpty()) {
                throw new IllegalStateException(
                        "scope " + from + " has no materials to keep: it does not exist" + " or was destroyed");
            }
            return;
        }
        if (!keep.isEmpty()) {
            jdbc.sql("""
                            update upload_materials set scope_kind = :toKind, scope_id = :toId
                            where scope_kind = :fromKind and scope_id = :fromId and id in (:kept)""")
                    .param("toKind", to.kind())
                    .param("toId", to.id())
                    .param("fromKind", from.kind())
                    .param("fromId", from.id())
                    .param("kept", keep.stream().map(MaterialId::value).toList())
                    .update();
        }
        var dropped = jdbc.sql("delete from upload_materials where scope_kind = :kind and scope_id = :id returning id")
                .param("kind", from.kind())
                .param("id", from.id())
                .query(UUID.class)
                .list();
        keys.destroy(from);
        Runnable deleteFiles = () -> dropped.forEach(id -> deleteQuietly(new MaterialId(id)));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deleteFiles.run();
                }
            });
        } else {
            deleteFiles.run();
        }
    }

    @Override
    public String link(MaterialId id, Rendition rendition, Viewer viewer) {
        if (find(id).isEmpty()) {
            throw new NotFoundException("no material " + id);
        }
        if (rendition == Rendition.THUMBNAIL && thumbnailSize(id).isEmpty()) {
            throw new NotFoundException("material " + id + " has no thumbnail");
        }
        if (viewer.forMarketing() && !consents.current(id).allowed()) {
            throw new NotFoundException("material " + id + " may not be used for " + viewer.purpose());
        }
        var expiresAt = clock.instant().plus(properties.linkTtl());
        return "/files/" + links.sign(id, rendition, expiresAt, viewer);
    }

    @Override
    public MarketingConsent marketingConsent(MaterialId id) {
        return consents.current(id);
    }

    @Override
    public MarketingConsent recordMarketingConsent(MaterialId id, boolean allowed, String method) {
        return consents.record(id, allowed, method);
    }

    @Override
    public List<MaterialAccess> accessLog(UploadScope scope) {
        return accessLog.of(scope);
    }

    /** Deletes the material's file and its thumbnail's. */
    private void deleteQuietly(MaterialId id) {
        for (var key : List.of(fileKey(id), thumbnailKey(id))) {
            try {
                files.delete(key);
            } catch (IOException | RuntimeException e) {
                log.warn("Could not delete the file {} of material {}: {}", key, id, e.toString());
            }
        }
    }

    static String fileKey(MaterialId id) {
        return id.value().toString();
    }

    static String thumbnailKey(MaterialId id) {
        return id.value() + "-thumbnail";
    }

    private static byte[] associatedData(MaterialId id) {
        return ("atelier-material:" + id).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] thumbnailAssociatedData(MaterialId id) {
        return ("atelier-material-thumbnail:" + id).getBytes(StandardCharsets.UTF_8);
    }

    /** Photos and proofs that are pictures are decoded and re-encoded; everything else is kept as is. */
    static boolean isPicture(MaterialKind kind, String contentType) {
        return kind == MaterialKind.PHOTO || (kind == MaterialKind.PROOF && contentType.startsWith("image/"));
    }

    /** Stores the thumbnail under the same key as its material; returns its size in clear. */
    private long writeThumbnail(MaterialId id, StreamingAead key, BufferedImage thumbnail) throws IOException {
        var size = new long[1];
        files.write(thumbnailKey(id), out -> {
            OutputStream encrypting;
            try {
                encrypting = key.newEncryptingStream(new NonClosingOutputStream(out), thumbnailAssociatedData(id));
            } catch (GeneralSecurityException e) {
                throw new IOException("cannot encrypt", e);
            }
            var clear = new CountingOutputStream(encrypting);
            Photos.writeThumbnail(thumbnail, clear);
            clear.close();
            size[0] = clear.count();
        });
        return size[0];
    }

    static Material material(ResultSet rs, int row) throws SQLException {
        return new Material(
                new MaterialId(rs.getObject("id", UUID.class)),
                new UploadScope(rs.getString("scope_kind"), rs.getObject("scope_id", UUID.class)),
                MaterialKind.valueOf(rs.getString("kind")),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getString("label"),
                rs.getObject("width", Integer.class),
                rs.getObject("height", Integer.class),
                rs.getTimestamp("created_at").toInstant());
    }

    /** What the writer learned while streaming. */
    private static final class Stored {
        String contentType;
        long size;

        @Nullable
        BufferedImage thumbnail;

        @Nullable
        Long thumbnailSize;

        @Nullable
        Integer width;

        @Nullable
        Integer height;

        Stored(String contentType) {
            this.contentType = contentType;
        }
    }

    /** Counts the bytes written through it. */
    static final class CountingOutputStream extends FilterOutputStream {
        private long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }

        long count() {
            return count;
        }
    }
}
