/** The client page's mail buttons name a self-scan of the consultant's own workspace by client and scan id. */
export function readScanMailIds(formData: FormData) {
  return { clientId: formData.get("clientId"), scanId: formData.get("scanId") };
}
