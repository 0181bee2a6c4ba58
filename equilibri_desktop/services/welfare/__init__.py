"""Company welfare consulting for small firms: engagements with firms or networks from the registry, meetings
and hours, the anonymous needs survey (typed or imported) and its results, welfare plans with the tax
treatment of each measure, the engagement's documents and the line's indicators."""
