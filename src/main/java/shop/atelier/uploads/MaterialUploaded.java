package shop.atelier.uploads;

/**
 * A material was stored and can be read. Carries ids only: the file's name and content stay in this
 * module.
 */
public record MaterialUploaded(MaterialId material, UploadScope scope, MaterialKind kind) {}
