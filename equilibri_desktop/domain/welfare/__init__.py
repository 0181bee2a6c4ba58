"""Company welfare consulting for small firms: tax rules as dated data, the measure catalogue, the employees'
needs survey and its small-cell suppression, the plan's deductibility and the labelled cost estimate."""
