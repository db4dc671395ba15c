/** Placeholder shell until the explorer lands (issue 4). */
export function App() {
  return (
    <main>
      <h1>Thigh explorer</h1>
    </main>
  );
}
