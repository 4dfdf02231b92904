-- AlterEnum
ALTER TYPE "ContactScope" ADD VALUE 'REGION';

-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "regionId" TEXT,
ADD COLUMN     "sourceDate" TEXT;

-- AlterTable
ALTER TABLE "Municipality" DROP COLUMN "websiteNote",
ADD COLUMN     "phone" TEXT,
ADD COLUMN     "sourceDate" TEXT;

-- AlterTable
ALTER TABLE "PoliceDistrict" ADD COLUMN     "sourceDate" TEXT;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;
