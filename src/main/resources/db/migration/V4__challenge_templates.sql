-- Challenge templates an agency can start a draft from (platform reference data).
create table challenge_template (
    id                 uuid primary key,
    name               text not null unique,
    title              text not null,
    problem_statement  text not null,
    context            text not null,
    expected_outcomes  text not null,
    sector             text not null
);

insert into challenge_template values
('6f1d1c52-1f43-4a5e-9a4e-0b5a4d1e7a01', 'Digital public service',
 'Make <service> easier to use for citizens',
 'Describe who struggles today, what they try to do, and what goes wrong. Do not describe a solution.',
 'Who runs the service today, with which systems, volumes and constraints (privacy, accessibility, languages).',
 'What would be measurably better after a pilot: completion rate, time saved, fewer errors, satisfaction.',
 'digital-services'),
('6f1d1c52-1f43-4a5e-9a4e-0b5a4d1e7a02', 'Sustainability and energy',
 'Reduce <resource> use in <public buildings / fleet>',
 'Describe the waste or emission you want to cut, where it happens and why current measures fall short.',
 'Sites, data available (meters, logs), rules that apply, people who will work with the pilot.',
 'A pilot that shows a measured reduction, a cost per unit saved, and a path to scale.',
 'energy'),
('6f1d1c52-1f43-4a5e-9a4e-0b5a4d1e7a03', 'Mobility',
 'Help people reach <place> without a car',
 'Describe the journeys that are hard today, for whom, and what that costs them and the city.',
 'Existing transport offer, data you can share, partners, the area and period of the pilot.',
 'Journeys made, modal shift, user satisfaction, and what it would cost to continue.',
 'mobility');
