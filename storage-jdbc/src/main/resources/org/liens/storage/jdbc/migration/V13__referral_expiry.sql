-- Liens storage, version 13: referrals expire when nobody acts upon them within their offer's delays (issue 14).
-- expiry holds the reason (ReferralExpiry) of an EXPIRED referral; the status index finds the undecided referrals
-- that expiry and the waiting list scan without reading decided ones.
ALTER TABLE liens_referral ADD COLUMN expiry VARCHAR(64);
CREATE INDEX liens_referral_status_ix ON liens_referral (status, received_on);
