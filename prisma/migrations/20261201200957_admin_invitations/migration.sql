-- AlterTable
ALTER TABLE "AdminAccount" ADD COLUMN     "invitationExpiresAt" TIMESTAMP(3),
ADD COLUMN     "invitationHash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "AdminAccount_invitationHash_key" ON "AdminAccount"("invitationHash");
