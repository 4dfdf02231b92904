-- CreateEnum
CREATE TYPE "ContactAudience" AS ENUM ('CHILDREN', 'ADULTS');

-- CreateEnum
CREATE TYPE "ChannelLine" AS ENUM ('FUNCTION', 'PERSONAL');

-- CreateEnum
CREATE TYPE "MunicipalityPhone" AS ENUM ('SWITCHBOARD', 'CITIZEN_SERVICE');

-- CreateEnum
CREATE TYPE "ReportReason" AS ENUM ('NO_ANSWER', 'WRONG_UNIT', 'MOVED', 'OTHER');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('OPEN', 'PROPOSED', 'DISMISSED');

-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "askForDa" TEXT,
ADD COLUMN     "askForEn" TEXT,
ADD COLUMN     "audience" "ContactAudience",
ADD COLUMN     "line" "ChannelLine" NOT NULL DEFAULT 'FUNCTION';

-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "phoneKind" "MunicipalityPhone" NOT NULL DEFAULT 'SWITCHBOARD';

-- CreateTable
CREATE TABLE "ContactReport" (
    "id" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "units" TEXT[],
    "reason" "ReportReason" NOT NULL,
    "suggestedChannel" TEXT,
    "suggestedSource" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" "ReportStatus" NOT NULL DEFAULT 'OPEN',
    "handledByEmail" TEXT,
    "handledAt" TIMESTAMP(3),

    CONSTRAINT "ContactReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportSending" (
    "id" BIGSERIAL NOT NULL,
    "clientKey" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportSending_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ContactReport_status_createdAt_idx" ON "ContactReport"("status", "createdAt");

-- CreateIndex
CREATE INDEX "ReportSending_clientKey_at_idx" ON "ReportSending"("clientKey", "at");

-- CreateIndex
CREATE INDEX "ReportSending_at_idx" ON "ReportSending"("at");

-- The municipalities' own contacts so far were all their units for notifications about children (decision 0024).
UPDATE "Contact" SET "audience" = 'CHILDREN' WHERE "body" = 'MUNICIPALITY' AND "scope" = 'MUNICIPALITY';
