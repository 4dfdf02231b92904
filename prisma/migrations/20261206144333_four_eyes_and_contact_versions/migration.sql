-- AlterTable
ALTER TABLE "AdminAccount" ADD COLUMN     "activationRequestedById" TEXT,
ADD COLUMN     "invitedById" TEXT;

-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;
