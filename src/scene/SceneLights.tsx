/** Even studio lighting from all four sides, so every standard view reads (no CDN environment maps). */
export function SceneLights() {
  return (
    <>
      <hemisphereLight args={['#ffffff', '#6b5f57', 1.3]} />
      <directionalLight position={[1.5, 2.5, 3]} intensity={1.6} />
      <directionalLight position={[-1.5, 2, -3]} intensity={1.3} />
      <directionalLight position={[-3, 1, 0.5]} intensity={0.7} />
      <directionalLight position={[3, 1, -0.5]} intensity={0.7} />
    </>
  );
}
