-- AlterTable
ALTER TABLE "Scenario" ADD COLUMN     "authorId" TEXT,
ADD COLUMN     "municipalityCode" TEXT,
ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Scenario_authorId_idx" ON "Scenario"("authorId");

-- AddForeignKey
ALTER TABLE "Scenario" ADD CONSTRAINT "Scenario_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "AdminAccount"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The cases already in the database are the seeded library, which is published.
UPDATE "Scenario" SET "publishedAt" = CURRENT_TIMESTAMP;
