import type { MetadataRoute } from "next";

/*
 * The web app manifest: with it (and https) a phone offers "Add to Home
 * Screen" / "Install app", and the portal opens standalone like an app. On an
 * iPhone, web push works only for a site added to the Home Screen.
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: "BackTrack",
    short_name: "BackTrack",
    description: "Guides, home exercises and symptom check-ins for back and leg pain, from your clinic.",
    start_url: "/",
    scope: "/",
    display: "standalone",
    theme_color: "#0f6b60",
    background_color: "#ffffff",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
