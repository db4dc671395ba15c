/** The plain statement of what this tool is not, shown whenever pain sites are chosen. */
export function NotDiagnosisNote() {
  return (
    <p className="not-diagnosis" role="note">
      <strong>This is not a diagnosis.</strong> It lists muscles that commonly send pain to the places you
      chose, and simple checks you can try. Pain has many causes; if it is severe, getting worse or does not
      settle, see a clinician.
    </p>
  );
}
