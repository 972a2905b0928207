/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native / wasm-heavy packages are loaded by Node at run time, not bundled.
  serverExternalPackages: ['@huggingface/transformers', 'onnxruntime-node', 'vectra', 'minisearch'],
  poweredByHeader: false,
};
export default nextConfig;
