-- CreateTable
CREATE TABLE "DirectoryVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DirectoryVersion_pkey" PRIMARY KEY ("id")
);

-- One row, counting the changes to the directory.
INSERT INTO "DirectoryVersion" ("id", "version") VALUES (1, 0);
ALTER TABLE "DirectoryVersion" ADD CONSTRAINT "DirectoryVersion_one_row" CHECK ("id" = 1);

-- Any statement that changes the directory's tables moves the version on: each app instance keeps the directory
-- in memory and reloads it when it sees a new version.
-- The body is written with \073 for each semicolon: the PostgreSQL driver adapter splits a migration at every
-- semicolon, also inside a function's body.
CREATE FUNCTION "directory_changed"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN UPDATE "DirectoryVersion" SET "version" = "version" + 1 WHERE "id" = 1\073 RETURN NULL\073 END\073';

CREATE TRIGGER "Region_changes_directory" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Region"
  FOR EACH STATEMENT EXECUTE FUNCTION "directory_changed"();
CREATE TRIGGER "PoliceDistrict_changes_directory" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PoliceDistrict"
  FOR EACH STATEMENT EXECUTE FUNCTION "directory_changed"();
CREATE TRIGGER "Municipality_changes_directory" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Municipality"
  FOR EACH STATEMENT EXECUTE FUNCTION "directory_changed"();
CREATE TRIGGER "Contact_changes_directory" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Contact"
  FOR EACH STATEMENT EXECUTE FUNCTION "directory_changed"();
