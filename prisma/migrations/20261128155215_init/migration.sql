-- CreateEnum
CREATE TYPE "BodyKey" AS ENUM ('EMERGENCY', 'POLICE', 'INFOHOUSE', 'SSP', 'PSP', 'KSP', 'KRIMINALFORSORGEN', 'MUNICIPALITY', 'HOTLINE', 'CDE', 'VISO', 'STUK', 'NFC_EXIT', 'PET');

-- CreateEnum
CREATE TYPE "ContactScope" AS ENUM ('NATIONAL', 'POLICE_DISTRICT', 'MUNICIPALITY');

-- CreateTable
CREATE TABLE "Region" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "verifiedAt" DATE NOT NULL,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PoliceDistrict" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameEnVerified" BOOLEAN NOT NULL,
    "headquarters" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "website" TEXT NOT NULL,
    "notes" TEXT NOT NULL,
    "municipalitiesCount" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "verifiedAt" DATE NOT NULL,

    CONSTRAINT "PoliceDistrict_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Municipality" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "policeDistrictId" TEXT NOT NULL,
    "website" TEXT NOT NULL,
    "websiteNote" TEXT,
    "source" TEXT NOT NULL,
    "verifiedAt" DATE NOT NULL,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Contact" (
    "id" TEXT NOT NULL,
    "body" "BodyKey" NOT NULL,
    "scope" "ContactScope" NOT NULL,
    "policeDistrictId" TEXT,
    "municipalityCode" TEXT,
    "nameDa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "url" TEXT,
    "hoursDa" TEXT,
    "hoursEn" TEXT,
    "source" TEXT NOT NULL,
    "verifiedAt" DATE NOT NULL,

    CONSTRAINT "Contact_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Region_name_key" ON "Region"("name");

-- CreateIndex
CREATE UNIQUE INDEX "PoliceDistrict_name_key" ON "PoliceDistrict"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_name_key" ON "Municipality"("name");

-- CreateIndex
CREATE INDEX "Municipality_policeDistrictId_idx" ON "Municipality"("policeDistrictId");

-- CreateIndex
CREATE INDEX "Contact_body_scope_idx" ON "Contact"("body", "scope");

-- AddForeignKey
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_policeDistrictId_fkey" FOREIGN KEY ("policeDistrictId") REFERENCES "PoliceDistrict"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_policeDistrictId_fkey" FOREIGN KEY ("policeDistrictId") REFERENCES "PoliceDistrict"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_municipalityCode_fkey" FOREIGN KEY ("municipalityCode") REFERENCES "Municipality"("code") ON DELETE SET NULL ON UPDATE CASCADE;
